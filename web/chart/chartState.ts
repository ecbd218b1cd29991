/**
 * What a chart of an answer shows: its kind, the list it draws, the x column, one or two y columns and a
 * series column. One text form, `line x=year y=value y2=sharePct series=region.name`, read and written
 * only here: in the address bar (`chart=`) and in a saved query's `# chart:` comment line, so a link or a
 * saved query reopens the same chart. `guessChart` picks one where the answer makes it plain.
 */
import type { AnswerTable } from '../answerTable';

export const CHART_KINDS = { line: 'Line', bar: 'Bars side by side', stacked: 'Stacked bars' } as const;
export type ChartKind = keyof typeof CHART_KINDS;

export interface ChartState {
  kind: ChartKind;
  /** The list drawn (AnswerTable.path); absent, the first the answer holds. */
  list?: string;
  x: string;
  y: string;
  /** A second measure on its own axis on the right, e.g. share beside value. */
  y2?: string;
  /** The column whose values are the lines or the bars' colours. */
  series?: string;
}

const KEYS = ['list', 'x', 'y', 'y2', 'series'] as const;
export const CHART_PARAM = 'chart';
const HEADER = /^\s*#\s*chart:\s*(.+)$/m;

/** The text form; column names and list paths hold no spaces (GraphQL names, dots and `+`). */
export const formatChartState = (state: ChartState): string =>
  [state.kind, ...KEYS.filter((k) => state[k]).map((k) => `${k}=${state[k]}`)].join(' ');

/** Reads the text form; null for anything that is not one (an unknown kind, no x or no y). */
export function parseChartState(text: string | null | undefined): ChartState | null {
  const [kind, ...pairs] = (text ?? '').trim().split(/\s+/);
  if (!(kind in CHART_KINDS)) return null;
  const fields = Object.fromEntries(pairs.map((p) => p.split('=', 2)).filter(([k, v]) => (KEYS as readonly string[]).includes(k) && v));
  if (!fields.x || !fields.y) return null;
  return { kind: kind as ChartKind, ...fields } as ChartState;
}

/** The chart a query's text asks for in a `# chart: ...` comment line (saved queries carry one). */
export const chartOfQuery = (query: string | null | undefined): ChartState | null => parseChartState(HEADER.exec(query ?? '')?.[1]);

/** Whether the table has every column the chart names (and the list, if it names one). */
export const fitsTable = (state: ChartState, table: AnswerTable): boolean =>
  (!state.list || state.list === table.path) &&
  [state.x, state.y, state.y2, state.series].every((c) => c === undefined || table.columns.includes(c));

const last = (column: string): string => column.split('.').pop()!;
const valuesOf = (table: AnswerTable, column: string): unknown[] =>
  table.rows.map((r) => r[table.columns.indexOf(column)]).filter((v) => v !== null && v !== undefined);

export const isNumeric = (table: AnswerTable, column: string): boolean => {
  const values = valuesOf(table, column);
  return values.length > 0 && values.every((v) => typeof v === 'number');
};

/** Columns that name when a row is: a year, a week, a date or a month (or an aggregate's group key). */
const TIME = /^(year|week|month|date|startDate|key)$/;
/** Numbers that are not measures: ranks, and an aggregate's bookkeeping. */
const NOT_MEASURE = /^(rank|known|missing|rounding|films?Rank)$/;
const SHARE = /(share|pct|percent)/i;
/** Measures to prefer, in order, when an answer has several. */
const PREFERRED = [/^value$/, /boxOffice/i, /average/, /^sum$/, /^count$/];

/** The chart the answer makes plain, or null when it has nothing to draw (no number to measure). */
export function guessChart(table: AnswerTable): ChartState | null {
  const time = table.columns.find((c) => TIME.test(last(c)) && valuesOf(table, c).length > 0);
  const x =
    time ??
    table.columns.find((c) => /^(name|title|titleZh)$/.test(last(c)) && !isNumeric(table, c)) ??
    table.columns.find((c) => !isNumeric(table, c) && valuesOf(table, c).every((v) => typeof v === 'string'));
  if (!x) return null;
  const measures = table.columns.filter((c) => c !== x && isNumeric(table, c) && !NOT_MEASURE.test(last(c)));
  const plain = measures.filter((c) => !SHARE.test(c));
  const y = PREFERRED.map((p) => plain.find((c) => p.test(last(c)))).find(Boolean) ?? plain[0] ?? measures[0];
  if (!y) return null;
  const y2 = SHARE.test(y) ? undefined : measures.find((c) => SHARE.test(c));
  const xs = valuesOf(table, x).map(String);
  const repeats = new Set(xs).size < xs.length;
  const series = repeats ? seriesFor(table, x) : undefined;
  return { kind: time ? 'line' : 'bar', list: table.path, x, y, ...(y2 ? { y2 } : {}), ...(series ? { series } : {}) };
}

/** A text column that, with x, tells rows apart: a name before an id. */
function seriesFor(table: AnswerTable, x: string): string | undefined {
  const ix = table.columns.indexOf(x);
  const candidates = table.columns
    .filter((c) => c !== x && !isNumeric(table, c) && !/^(locator|note|id)$/.test(last(c)) && !c.startsWith('source.'))
    .sort((a, b) => Number(last(b) === 'name') - Number(last(a) === 'name'));
  return candidates.find((c) => {
    const ic = table.columns.indexOf(c);
    const keys = table.rows.map((r) => `${String(r[ix])}\u0000${String(r[ic])}`);
    return new Set(keys).size === keys.length;
  });
}
