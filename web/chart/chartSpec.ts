/**
 * A chart's Vega-Lite specification, from an answer's table and a ChartState: the rows become inline
 * data (named `answer`, so tests and the data table read the same values), nothing is loaded from
 * anywhere. Lines carry a point per row, bars one rect per row; a second measure gets its own axis on
 * the right (dashed lines, or a line over the bars). Marks of a row that names an entity link to its page.
 */
import type { AnswerTable } from '../answerTable';
import { entityPath } from '../answerTable';
import type { ChartState } from './chartState';

export const DATA_NAME = 'answer';

/** One plotted row: x, the series, the measures, and the page of the entity it is about. */
export interface ChartDatum {
  x: string | number;
  series?: string;
  y: number | null;
  y2?: number | null;
  href?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The entity a row is about: the id beside the series column (region.name → region.id), else beside x. */
function hrefColumn(table: AnswerTable, state: ChartState): number {
  for (const column of [state.series, state.x]) {
    if (!column) continue;
    const id = column.includes('.') ? column.replace(/[^.]+$/, 'id') : 'id';
    if (table.columns.includes(id)) return table.columns.indexOf(id);
  }
  return -1;
}

/** The rows the chart draws: those with an x; a missing measure stays null (drawn as a gap), never 0. */
export function chartData(table: AnswerTable, state: ChartState): ChartDatum[] {
  const at = (c: string | undefined) => (c ? table.columns.indexOf(c) : -1);
  const [ix, iy, iy2, is, ih] = [at(state.x), at(state.y), at(state.y2), at(state.series), hrefColumn(table, state)];
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  return table.rows
    .filter((r) => r[ix] !== null && r[ix] !== undefined)
    .map((r) => {
      const href = ih >= 0 ? entityPath(r[ih]) : null;
      return {
        x: typeof r[ix] === 'number' ? (r[ix] as number) : String(r[ix]),
        ...(is >= 0 ? { series: String(r[is] ?? '') } : {}),
        y: num(r[iy]),
        ...(iy2 >= 0 ? { y2: num(r[iy2]) } : {}),
        ...(href ? { href } : {}),
      };
    });
}

type Encoding = Record<string, unknown>;

/**
 * A Vega-Lite top-level specification, as plain JSON: vega-lite's own types resolve only under the bundler's
 * module resolution, and the tests (Node's) import this module too.
 */
export interface VegaLiteSpec {
  $schema: string;
  description: string;
  data: { name: string; values: ChartDatum[] };
  [key: string]: unknown;
}

export function chartSpec(table: AnswerTable, state: ChartState, data: ChartDatum[]): VegaLiteSpec {
  const temporal = data.length > 0 && data.every((d) => typeof d.x === 'string' && ISO_DATE.test(d.x));
  const x: Encoding = {
    field: 'x',
    type: temporal ? 'temporal' : 'ordinal',
    title: state.x,
    sort: null,
    axis: { labelAngle: 0, labelOverlap: true },
  };
  // Long category names, or many years side by side, slant rather than run into each other.
  if (!temporal && (state.kind !== 'line' || new Set(data.map((d) => d.x)).size > 8)) (x.axis as Encoding).labelAngle = -40;
  // Vega-Lite's default ten colours repeat from the eleventh series (2022's weekly number ones are 15 films): twenty then.
  const scale = new Set(data.map((d) => d.series)).size > 10 ? { scale: { scheme: 'tableau20' } } : {};
  const color: Encoding | undefined = state.series
    ? { field: 'series', type: 'nominal', title: state.series, sort: null, ...scale }
    : undefined;
  const tooltip = [
    { field: 'x', title: state.x },
    ...(state.series ? [{ field: 'series', title: state.series }] : []),
    { field: 'y', title: state.y, format: ',' },
    ...(state.y2 ? [{ field: 'y2', title: state.y2, format: ',' }] : []),
  ];
  const common = { x, tooltip, href: { field: 'href' }, ...(color ? { color } : {}) };
  const main = mainLayer(state, common);
  const layers = state.y2
    ? [
        main,
        {
          mark: { type: 'line', point: true, strokeDash: [6, 4] },
          encoding: {
            ...common,
            y: { field: 'y2', type: 'quantitative', title: `${state.y2} (dashed, right axis)`, axis: { orient: 'right' } },
          },
        },
      ]
    : [main];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: `${CHART_WORD[state.kind]} of ${state.y}${state.y2 ? ` and ${state.y2}` : ''} by ${state.x}${state.series ? ` for each ${state.series}` : ''} (${data.length} rows of ${table.path})`,
    width: 'container',
    height: 'container',
    autosize: { type: 'fit', contains: 'padding' },
    data: { name: DATA_NAME, values: data },
    layer: layers,
    ...(state.y2 ? { resolve: { scale: { y: 'independent' } } } : {}),
    config: { legend: { orient: 'bottom', columns: 3, labelLimit: 160 }, axis: { labelLimit: 160 } },
  };
}

const CHART_WORD = { line: 'Line chart', bar: 'Bar chart', stacked: 'Stacked bar chart' } as const;

function mainLayer(state: ChartState, common: Encoding): Encoding {
  const y = { field: 'y', type: 'quantitative', title: state.y, stack: state.kind === 'stacked' ? 'zero' : null };
  if (state.kind === 'line') return { mark: { type: 'line', point: true }, encoding: { ...common, y } };
  const offset = state.kind === 'bar' && state.series ? { xOffset: { field: 'series', sort: null } } : {};
  return { mark: { type: 'bar' }, encoding: { ...common, y, ...offset } };
}
