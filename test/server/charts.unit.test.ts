/**
 * The chart's pure parts: the one text form of a chart (links, saved queries' `# chart:` line), the guess
 * from an answer's table, and the tables an answer gives (aggregates spread into columns, same-shaped lists
 * together). The page tests (charts.test.ts) draw them in Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSavedQueries } from '../../src/server/pages';
import { answerTables, entityPath } from '../../web/answerTable';
import { chartData, chartSpec } from '../../web/chart/chartSpec';
import { chartOfQuery, fitsTable, formatChartState, guessChart, parseChartState } from '../../web/chart/chartState';

const QUERIES = path.join(__dirname, '..', '..', 'queries');

const flow = (year: number, region: string, value: number | null, sharePct: number) => ({
  year,
  rank: 1,
  region: { id: `region:${region.toLowerCase().replace(/ /g, '-')}`, name: region },
  value,
  sharePct,
  locator: `Table 1, ${year}`,
});

describe('a chart as text', () => {
  it('reads what it writes, and refuses what is not a chart', () => {
    const state = { kind: 'stacked', list: 'mainlandChina+japan', x: 'year', y: 'value', y2: 'sharePct', series: 'region.name' } as const;
    expect(parseChartState(formatChartState(state))).toEqual(state);
    expect(formatChartState(state)).toBe('stacked list=mainlandChina+japan x=year y=value y2=sharePct series=region.name');
    expect(parseChartState('pie x=year y=value')).toBeNull();
    expect(parseChartState('line x=year')).toBeNull();
    expect(parseChartState('line x=year y=value colour=red')).toEqual({ kind: 'line', x: 'year', y: 'value' });
  });

  it("reads every saved query's # chart: line, each a chart of that query's answer", () => {
    const charted = readSavedQueries(QUERIES).filter((q) => /^# chart:/m.test(q.text));
    expect(charted.map((q) => q.number)).toEqual(['06', '20', '21', '24', '25']);
    for (const q of charted) expect({ file: q.file, chart: chartOfQuery(q.text) }).toEqual({ file: q.file, chart: expect.any(Object) });
    expect(chartOfQuery(fs.readFileSync(path.join(QUERIES, '24-figure-1-mainland-and-japan-to-hong-kong.graphql'), 'utf8'))).toEqual({
      kind: 'line',
      list: 'mainlandChina+japan',
      x: 'year',
      y: 'value',
      y2: 'sharePct',
      series: 'region.name',
    });
    // 2022's weekly number ones: a bar per week, coloured by film, its gross to date as a line on the right.
    expect(chartOfQuery(fs.readFileSync(path.join(QUERIES, '25-weekly-number-one-films-hong-kong-2022.graphql'), 'utf8'))).toEqual({
      kind: 'stacked',
      x: 'week',
      y: 'weekendGrossHKD',
      y2: 'grossToDateHKD',
      series: 'work.title',
    });
    // The question stays the first comment line: the playground lists it, not the chart line.
    expect(charted.every((q) => !q.question.startsWith('chart:'))).toBe(true);
  });
});

describe("an answer's tables", () => {
  it('offers lists of the same fields together, as one list to chart as series', () => {
    const tables = answerTables({ mainlandChina: [flow(2011, 'Mainland China', 1766485, 35.9)], japan: [flow(2011, 'Japan', 836252, 17)] });
    expect(tables.map((t) => [t.path, t.rows.length])).toEqual([
      ['mainlandChina', 1],
      ['japan', 1],
      ['mainlandChina+japan', 2],
    ]);
  });

  it("spreads an aggregate's per-property values into columns", () => {
    const [table] = answerTables({
      factsAggregate: [{ key: '2016', count: 3, values: [{ property: 'rating', known: 3, missing: 0, average: 31.2 }] }],
    });
    expect(table.columns).toEqual(['key', 'count', 'values.rating.known', 'values.rating.missing', 'values.rating.average']);
    expect(guessChart(table)).toMatchObject({ kind: 'line', x: 'key', y: 'values.rating.average' });
  });

  it('links ids to entity pages and nothing else', () => {
    expect(entityPath('work:the-sparring-partner')).toBe('/id/work/the-sparring-partner');
    expect(entityPath('Table 1, 2011')).toBeNull();
    expect(entityPath(42)).toBeNull();
  });
});

describe('the chart an answer makes plain', () => {
  const rows = [2011, 2012].flatMap((y) => [flow(y, 'Mainland China', 1, 35.9), flow(y, 'Japan', null, 17)]);
  const [table] = answerTables({ importRankings: rows });

  it('years as lines, a name telling repeated years apart, the share on the right axis', () => {
    const guess = guessChart(table)!;
    expect(guess).toEqual({ kind: 'line', list: 'importRankings', x: 'year', y: 'value', y2: 'sharePct', series: 'region.name' });
    expect(fitsTable(guess, table)).toBe(true);
    expect(fitsTable({ ...guess, series: 'region.nickname' }, table)).toBe(false);
  });

  it('draws a missing value as missing, never 0, and links each mark to its entity', () => {
    const data = chartData(table, guessChart(table)!);
    expect(data[1]).toEqual({ x: 2011, series: 'Japan', y: null, y2: 17, href: '/id/region/japan' });
  });

  it('names as bars when nothing says when', () => {
    const [films] = answerTables({ releases: [{ work: { id: 'work:a', titleZh: '正义回廊' }, boxOfficeHKD: 1 }] });
    expect(guessChart(films)).toMatchObject({ kind: 'bar', x: 'work.titleZh', y: 'boxOfficeHKD' });
    expect(guessChart(answerTables({ list: [{ name: 'x' }] })[0])).toBeNull();
  });
});

describe('colours of many series', () => {
  /** A weeklyNumberOnes answer of `films` films, a week each. */
  const weeks = (films: number) =>
    answerTables({
      weeklyNumberOnes: Array.from({ length: films }, (_, i) => ({
        week: 16 + i,
        work: { id: `work:film-${i}`, title: `Film ${i}` },
        weekendGrossHKD: 1000 + i,
        grossToDateHKD: 2000 + i,
      })),
    })[0];
  const state = { kind: 'stacked', x: 'week', y: 'weekendGrossHKD', y2: 'grossToDateHKD', series: 'work.title' } as const;
  const colourScale = (films: number) => {
    const table = weeks(films);
    const main = (chartSpec(table, state, chartData(table, state)).layer as { encoding: { color: { scale?: unknown } } }[])[0];
    return main.encoding.color.scale;
  };

  it('gives each of more than ten series a colour of its own (twenty), and ten or fewer the default ten', () => {
    expect(fitsTable(state, weeks(15))).toBe(true);
    expect(colourScale(15)).toEqual({ scheme: 'tableau20' });
    expect(colourScale(10)).toBeUndefined();
  });
});
