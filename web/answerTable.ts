/**
 * A GraphQL answer's lists as tables: each list of objects in the answer (data.importRankings, or one
 * deeper, data.region.importSources) becomes rows, nested objects flattened into dotted columns
 * (region.name). A list inside a row whose items each name a `property` (an aggregate's `values`) is
 * spread into a column per property and field (`values.rating.average`), so it can be read and charted;
 * other lists inside a row stay JSON text. Lists with the same columns (one question asked of two regions
 * under two aliases) are also offered together as one table. Pure, so the page and its tests read it alike.
 */
export interface AnswerTable {
  /** Where the list is in the answer, e.g. `importRankings` or `node.relationships`; lists together join theirs with `+`. */
  path: string;
  columns: string[];
  rows: unknown[][];
  /** The list as the answer holds it, for the JSON download. */
  items: unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of per-property figures, e.g. an aggregate's `values: [{ property: "rating", average: 31.2 }]`. */
const isPerProperty = (v: unknown): v is Record<string, unknown>[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => isObject(x) && typeof x.property === 'string');

/** A row's cells by column: nested objects flattened into `outer.inner`, everything else as it is. */
function flatten(item: Record<string, unknown>, prefix = '', into: Map<string, unknown> = new Map()): Map<string, unknown> {
  for (const [key, value] of Object.entries(item)) {
    if (isObject(value)) flatten(value, `${prefix}${key}.`, into);
    else if (isPerProperty(value)) {
      for (const { property, ...figures } of value) flatten(figures, `${prefix}${key}.${String(property)}.`, into);
    } else into.set(`${prefix}${key}`, value);
  }
  return into;
}

function tableOf(path: string, items: Record<string, unknown>[]): AnswerTable {
  const flat = items.map((item) => flatten(item));
  const columns = [...new Set(flat.flatMap((row) => [...row.keys()]))];
  return { path, columns, rows: flat.map((row) => columns.map((c) => row.get(c) ?? null)), items };
}

function listsOf(data: unknown, path: string[] = []): AnswerTable[] {
  if (Array.isArray(data)) {
    const items = data.filter(isObject);
    return items.length > 0 && items.length === data.length ? [tableOf(path.join('.'), items)] : [];
  }
  if (!isObject(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => listsOf(value, [...path, key]));
}

/** Lists of the same columns, one after the other: e.g. two regions' shares, to chart as two series. */
function together(tables: AnswerTable[]): AnswerTable[] {
  const byColumns = new Map<string, AnswerTable[]>();
  for (const t of tables) byColumns.set(t.columns.join('\n'), [...(byColumns.get(t.columns.join('\n')) ?? []), t]);
  return [...byColumns.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      path: group.map((t) => t.path).join('+'),
      columns: group[0].columns,
      rows: group.flatMap((t) => t.rows),
      items: group.flatMap((t) => t.items),
    }));
}

/** Every list of objects in the answer, outermost first, then lists of the same columns together. */
export const answerTables = (data: unknown): AnswerTable[] => {
  const lists = listsOf(data);
  return [...lists, ...together(lists)];
};

/** What a cell shows on the page: text as it is, lists and objects as JSON, nothing for null. */
export const shownCell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The page of an entity the graph names by id (`work:x` → `/id/work/x`), for cells and chart marks to link to. */
export const entityPath = (value: unknown): string | null => {
  const match = typeof value === 'string' ? /^([a-z][\w-]*):([\w.~-]+)$/.exec(value) : null;
  return match ? `/id/${match[1]}/${match[2]}` : null;
};
