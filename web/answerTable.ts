/**
 * A GraphQL answer's lists as tables: each list of objects in the answer (data.importRankings, or one
 * deeper, data.region.importSources) becomes rows, nested objects flattened into dotted columns
 * (region.name), lists inside a row kept as JSON text. Pure, so the page and its tests read it alike.
 */
export interface AnswerTable {
  /** Where the list is in the answer, e.g. `importRankings` or `node.relationships`. */
  path: string;
  columns: string[];
  rows: unknown[][];
  /** The list as the answer holds it, for the JSON download. */
  items: unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A row's cells by column: nested objects flattened into `outer.inner`, everything else as it is. */
function flatten(item: Record<string, unknown>, prefix = '', into: Map<string, unknown> = new Map()): Map<string, unknown> {
  for (const [key, value] of Object.entries(item)) {
    if (isObject(value)) flatten(value, `${prefix}${key}.`, into);
    else into.set(`${prefix}${key}`, value);
  }
  return into;
}

function tableOf(path: string, items: Record<string, unknown>[]): AnswerTable {
  const flat = items.map((item) => flatten(item));
  const columns = [...new Set(flat.flatMap((row) => [...row.keys()]))];
  return { path, columns, rows: flat.map((row) => columns.map((c) => row.get(c) ?? null)), items };
}

/** Every list of objects in the answer, outermost first (a list inside a list's rows stays JSON text). */
export function answerTables(data: unknown, path: string[] = []): AnswerTable[] {
  if (Array.isArray(data)) {
    const items = data.filter(isObject);
    return items.length > 0 && items.length === data.length ? [tableOf(path.join('.'), items)] : [];
  }
  if (!isObject(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => answerTables(value, [...path, key]));
}

/** What a cell shows on the page: text as it is, lists and objects as JSON, nothing for null. */
export const shownCell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
