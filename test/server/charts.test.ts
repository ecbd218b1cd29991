/**
 * Answers as charts, in Chromium: each chart kind drawn from a real answer (marks counted against its rows),
 * the paper's Figure 1 from saved query 24 (its two series read from the chart's data against the graph),
 * the link reopening the chart, the downloads, the reader's script in the table, the chart and the graph
 * view, the layout at 1280 and 1920 pixels, and axe-core's WCAG 2.1 AA rules on both pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cypher, testDriver } from '../support/neo4j';
import { graphql } from '../support/http';
import { axeViolations, offHostRequests, openPageSession, PageSession, screenshot } from './browserPage';

const QUERIES = path.join(__dirname, '..', '..', 'queries');
const FIGURE_1 = '24-figure-1-mainland-and-japan-to-hong-kong.graphql';
const WEEKLY = '25-weekly-number-one-films-hong-kong-2022.graphql';

let driver: Driver;
let session: PageSession;

// Loading the seed, starting the server and Chromium took over Jest's 120 s on this shared machine under load.
beforeAll(async () => {
  driver = testDriver();
  session = await openPageSession(driver);
}, 300_000);

afterAll(async () => {
  await session?.close();
  await driver?.close();
});

/** Compiles a Vega-Lite specification with vega-lite's own compiler; answers how many Vega marks it makes. */
const compileVegaLite = (spec: string): string =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { compile } from 'vega-lite'; let s = ''; for await (const c of process.stdin) s += c; process.stdout.write(String(compile(JSON.parse(s)).spec.marks.length));",
    ],
    { input: spec, cwd: path.join(__dirname, '..', '..') },
  ).toString();

const fileOf = (number: string): string => fs.readdirSync(QUERIES).find((f) => f.startsWith(`${number}-`))!;

/** Opens the playground, picks a saved query from the menu above the editor and runs it. */
async function runSaved(page: Page, file: string): Promise<void> {
  await page.goto(`${session.server.url}/`);
  const operation = /query (\w+)/.exec(fs.readFileSync(path.join(QUERIES, file), 'utf8'))![1];
  await page.locator('.playground-bar').getByLabel('Saved query').selectOption(file);
  await page.waitForFunction(
    (name) =>
      ((globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror?.getValue() ?? '').includes(
        `query ${name}`,
      ),
    operation,
  );
  // GraphiQL takes the operation's name from the editor a moment after its text changes (its tab state): run once it has.
  await page.waitForFunction((name) => {
    const tabs = JSON.parse((globalThis as any).localStorage.getItem('graphiql:tabState') ?? '{}');
    return tabs.tabs?.[tabs.activeTabIndex]?.operationName === name;
  }, operation);
  const answered = Number(await page.locator('aside.answer-panel').getAttribute('data-answer'));
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(
    (before) => Number((globalThis as any).document.querySelector('aside.answer-panel').dataset.answer) > before,
    answered,
  );
  await chartDrawn(page);
}

/** Waits until the chart has drawn its marks, and answers the vega view's data. */
async function chartDrawn(page: Page): Promise<void> {
  await page
    .waitForFunction(() => {
      const view = (globalThis as any).document.querySelector('.answer-chart-view')?.vegaView;
      return view && view.data('answer').length > 0 && (globalThis as any).document.querySelector('.answer-chart-view svg .role-mark');
    })
    .catch(async (err: Error) => {
      await screenshot(page, 'chart-not-drawn.png');
      throw new Error(`${err.message}\n${session.problems.join('\n')}`);
    });
}

interface Datum {
  x: string | number;
  series?: string;
  y: number | null;
  y2?: number | null;
  href?: string;
}

const chartData = (page: Page): Promise<Datum[]> =>
  page.evaluate(() =>
    (globalThis as any).document
      .querySelector('.answer-chart-view')
      .vegaView.data('answer')
      .map(({ x, series, y, y2, href }: any) => ({ x, series, y, y2, href })),
  );

/** The marks the SVG renderer drew in the plot (not the legend's), by type: a path per point or bar, one per line. */
const marks = (page: Page, type: 'symbol' | 'rect' | 'line'): Promise<number> =>
  page.locator(`.answer-chart-view svg .mark-${type}.role-mark path`).count();

const answerRows = (page: Page): Promise<number> => page.locator('.answer-table-scroll tbody tr').count();

/** axe's violations, one line each: the rule, how many elements, the first few of them. */
const briefly = (violations: { id: string; help: string; targets: string[] }[]): string[] =>
  violations.map((v) => `${v.id} (${v.help}): ${v.targets.length}: ${v.targets.slice(0, 4).join(' | ')}`);

/** One of the chart's controls, by its label (the chart's own SVG names its axes too). */
const control = (page: Page, label: string) => page.locator('.chart-controls').getByLabel(label);

/** What the chart's controls say. */
const controls = (page: Page) =>
  page.locator('.chart-controls select').evaluateAll((selects) => selects.map((s) => (s as unknown as { value: string }).value));

describe('answers as charts', () => {
  it("redraws the paper's Figure 1 from saved query 24: two series, value and share, equal to the graph's", async () => {
    const { page } = session;
    // Wide, for the screenshot README shows (docs/images/figure-1.png is this test's figure-1-chart.png).
    await page.setViewportSize({ width: 1920, height: 1080 });
    await runSaved(page, FIGURE_1);
    expect(await controls(page)).toEqual(['line', 'year', 'value', 'sharePct', 'region.name']);
    const data = await chartData(page);
    const graph = await cypher(
      driver,
      `MATCH (:Region {id: 'region:hong-kong'})-[r:IMPORTED_FROM]->(s:Region)
       WHERE s.id IN ['region:mainland-china', 'region:japan'] AND r.year >= 2011 AND r.year <= 2022
       RETURN s.name AS series, r.year AS x, r.value AS y, r.sharePct AS y2, '/id/region/' + split(s.id, ':')[1] AS href`,
    );
    const key = (d: Datum) => `${d.series} ${d.x}`;
    const sorted = (rows: Datum[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(data)).toEqual(sorted(graph.map((r) => ({ ...r, x: Number(r.x) }) as Datum)));
    expect(data).toHaveLength(24);
    const at = (series: string, year: number) => data.find((d) => d.series === series && d.x === year);
    // Table 1: Mainland China 35.9% in 2011, 14.4% in 2022; Japan 17.0% and 29.1%, the inverse trend.
    expect([at('Mainland China', 2011), at('Mainland China', 2022)].map((d) => [d?.y, d?.y2])).toEqual([
      [1766485, 35.9],
      [338263, 14.4],
    ]);
    expect([at('Japan', 2011), at('Japan', 2022)].map((d) => [d?.y, d?.y2])).toEqual([
      [836252, 17.0],
      [684202, 29.1],
    ]);
    // Two series on two measures: four lines, a point per row on each.
    expect(await marks(page, 'line')).toBe(4);
    expect(await marks(page, 'symbol')).toBe(48);
    // The data for screen readers: one row per plotted row.
    expect(await page.locator('table.chart-data tbody tr').count()).toBe(24);
    await page.locator('.answer-chart-view').scrollIntoViewIfNeeded();
    const shot = await screenshot(page, 'figure-1.png');
    await page.locator('.answer-chart').screenshot({ path: shot.replace('.png', '-chart.png') });
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('reopens the same chart from the link, which the page keeps up to date', async () => {
    const { page } = session;
    await control(page, 'Kind').selectOption('bar');
    await control(page, 'Right axis').selectOption('');
    await page.waitForFunction(
      () => (globalThis as any).document.querySelectorAll('.answer-chart-view svg .mark-rect.role-mark path').length === 24,
    );
    const link = page.url();
    expect(new URL(link).searchParams.get('chart')).toBe('bar list=mainlandChina+japan x=year y=value series=region.name');
    const other = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await other.goto(link);
      await chartDrawn(other);
      expect(await controls(other)).toEqual(['bar', 'year', 'value', '', 'region.name']);
      expect(await marks(other, 'rect')).toBe(24);
      expect(await chartData(other)).toHaveLength(24);
    } finally {
      await other.close();
    }
  });

  it('downloads the chart as PNG, SVG and its Vega-Lite specification', async () => {
    const { page } = session;
    const saved = async (label: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
    };
    const png = await saved('Download the chart as PNG');
    expect(png.name).toBe('mainlandChina-japan-chart.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(300); // the width, in the IHDR chunk
    const svg = await saved('Download the chart as SVG');
    expect(svg.name).toBe('mainlandChina-japan-chart.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText.match(/<path[^>]*aria-roledescription="bar"/g)).toHaveLength(24);
    const spec = await saved("Download the chart's Vega-Lite specification");
    expect(spec.name).toBe('mainlandChina-japan-chart.vl.json');
    const parsed = JSON.parse(spec.bytes.toString('utf8'));
    expect(parsed.data.values).toHaveLength(24);
    // Vega-Lite itself compiles it (in a node of its own: vega-lite is an ES module, which Jest's runtime does not load).
    expect(Number(compileVegaLite(spec.bytes.toString('utf8')))).toBeGreaterThan(0);
    expect(offHostRequests(session.requests)).toEqual([]);
  });

  it('draws each chart kind from a real answer, a mark per row', async () => {
    const { page } = session;
    await runSaved(page, fileOf('02'));
    // Table 1 by year: five regions a year, a line each, chosen from the answer.
    expect(await controls(page)).toEqual(['line', 'year', 'value', 'sharePct', 'region.name']);
    const rows = await answerRows(page);
    expect(rows).toBe(60);
    expect(await marks(page, 'symbol')).toBe(2 * rows);
    await control(page, 'Right axis').selectOption('');
    await control(page, 'Kind').selectOption('stacked');
    await page.waitForFunction(
      () => (globalThis as any).document.querySelectorAll('.answer-chart-view svg .mark-rect.role-mark path').length > 0,
    );
    expect(await marks(page, 'rect')).toBe(rows);
    await control(page, 'Kind').selectOption('bar');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.answer-chart-view svg .mark-rect path'));
    expect(await marks(page, 'rect')).toBe(rows);
    // The grouped aggregates: Table 6's ratings by year, Table 4's films per origin, as their queries ask.
    for (const [number, state] of [
      ['20', ['bar', 'key', 'values.rating.average', '', '']],
      ['21', ['bar', 'node.name', 'count', '', '']],
    ] as const) {
      await runSaved(page, fileOf(number));
      expect(await controls(page)).toEqual(state);
      expect(await marks(page, 'rect')).toBe(await answerRows(page));
      expect((await chartData(page)).every((d) => typeof d.y === 'number')).toBe(true);
    }
    expect(session.problems).toEqual([]);
  });

  it('shows Chinese names in the script the reader picks, in the table, the chart and the graph view, and keeps it', async () => {
    const { page } = session;
    await runSaved(page, fileOf('06'));
    const table = page.locator('.answer-table-scroll tbody');
    await expect(table.textContent()).resolves.toContain('正义回廊');
    expect((await chartData(page)).map((d) => d.x)).toContain('正义回廊');
    await page.getByLabel('Chinese script').selectOption('Hant');
    await page.waitForFunction(() =>
      (globalThis as any).document.querySelector('.answer-table-scroll tbody').textContent.includes('正義迴廊'),
    );
    expect(await table.textContent()).not.toContain('正义回廊');
    await chartDrawn(page);
    await page.waitForFunction(() =>
      (globalThis as any).document
        .querySelector('.answer-chart-view')
        .vegaView.data('answer')
        .some((d: any) => d.x === '正義迴廊'),
    );
    await expect(page.locator('.answer-chart-view svg').textContent()).resolves.toContain('正義迴廊');
    expect(new URL(page.url()).searchParams.get('script')).toBe('Hant');

    // Remembered: the graph view, opened without it in the link, captions in traditional script.
    await page.goto(`${session.server.url}/explore?id=work:the-sparring-partner`);
    await page.waitForFunction(() => (globalThis as any).cy?.nodes().length > 0);
    const caption = () => page.evaluate(() => (globalThis as any).cy.getElementById('work:the-sparring-partner').data('caption'));
    expect(await caption()).toBe('The Sparring Partner\n正義迴廊');
    await page.getByLabel('Chinese script').selectOption('Hans');
    expect(await caption()).toBe('The Sparring Partner\n正义回廊');
    expect(new URL(page.url()).searchParams.get('script')).toBe('Hans');
    // In a shared link: a fresh browser (nothing remembered) follows the link's script.
    const context = await session.browser.newContext();
    try {
      const other = await context.newPage();
      await other.goto(`${session.server.url}/explore?id=work:the-sparring-partner&script=Hant`);
      await other.waitForFunction(() => (globalThis as any).cy?.nodes().length > 0);
      expect(await other.evaluate(() => (globalThis as any).cy.getElementById('work:the-sparring-partner').data('caption'))).toBe(
        'The Sparring Partner\n正義迴廊',
      );
    } finally {
      await context.close();
    }
    await page.getByLabel('Chinese script').selectOption('printed');
    expect(session.problems).toEqual([]);
  });

  it.each([1280, 1920])('gives the editor and the answer room at %i pixels wide', async (width) => {
    const { page } = session;
    await page.setViewportSize({ width, height: 900 });
    await runSaved(page, FIGURE_1);
    const room = await page.evaluate(() => {
      const d = (globalThis as any).document;
      const cm = d.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
      return {
        columns: Math.floor((cm.getScrollerElement().clientWidth - cm.getGutterElement().offsetWidth) / cm.defaultCharWidth()),
        chart: d.querySelector('.answer-chart-view').getBoundingClientRect().width,
        menu: d.querySelector('.saved-query-menu').getBoundingClientRect().height,
      };
    });
    await screenshot(page, `playground-${width}.png`);
    expect(room.columns).toBeGreaterThanOrEqual(width >= 1920 ? 75 : 50);
    expect(room.chart).toBeGreaterThanOrEqual(width >= 1920 ? 560 : 360);
    // The saved queries' menu is one line, not a column of words.
    expect(room.menu).toBeLessThan(40);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('works by keyboard: the chart controls change the chart', async () => {
    const { page } = session;
    await runSaved(page, fileOf('02'));
    await control(page, 'Kind').focus();
    await page.keyboard.press('ArrowDown'); // line → bars side by side
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.answer-chart-view svg .mark-rect path'));
    expect((await controls(page))[0]).toBe('bar');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.closest('label')?.textContent)).resolves.toMatch(/^x/);
  });

  it("charts 2022's weekly number-one films from saved query 25: weekend gross as bars, gross to date as lines, a colour per film", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await runSaved(page, WEEKLY);
    expect(await controls(page)).toEqual(['stacked', 'week', 'weekendGrossHKD', 'grossToDateHKD', 'work.title']);
    // The chart's data are the answer's rows, as the API gives them to any client.
    const answer = await graphql(session.server.url, fs.readFileSync(path.join(QUERIES, WEEKLY), 'utf8'));
    expect(answer.errors).toBeUndefined();
    const weeks = answer.data!.weeklyNumberOnes as {
      week: number;
      work: { id: string; title: string };
      weekendGrossHKD: number;
      grossToDateHKD: number;
    }[];
    expect(await chartData(page)).toEqual(
      weeks.map((w) => ({
        x: w.week,
        series: w.work.title,
        y: w.weekendGrossHKD,
        y2: w.grossToDateHKD,
        href: `/id/work/${w.work.id.slice('work:'.length)}`,
      })),
    );
    // Week 34: Warriors of Future, HK$19,703,177 that weekend, HK$21,784,237 to date (Wikipedia's table).
    expect((await chartData(page)).find((d) => d.x === 34)).toMatchObject({ series: 'Warriors of Future', y: 19703177, y2: 21784237 });
    // A bar and a point per week; a gross-to-date line per film.
    expect(weeks).toHaveLength(30);
    expect(await marks(page, 'rect')).toBe(30);
    expect(await marks(page, 'symbol')).toBe(30);
    expect(await marks(page, 'line')).toBe(new Set(weeks.map((w) => w.work.id)).size);
    expect(await page.locator('table.chart-data tbody tr').count()).toBe(30);
    await page.locator('.answer-chart-view').scrollIntoViewIfNeeded();
    const shot = await screenshot(page, 'weekly-number-ones.png');
    await page.locator('.answer-chart').screenshot({ path: shot.replace('.png', '-chart.png') });
    expect(briefly(await axeViolations(page))).toEqual([]);
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("passes axe-core's WCAG 2.1 AA rules on the playground with a chart, and on the graph view", async () => {
    const { page } = session;
    await runSaved(page, FIGURE_1);
    expect(briefly(await axeViolations(page))).toEqual([]);
    await page.goto(`${session.server.url}/explore?id=region:japan`);
    await page.waitForFunction(() => (globalThis as any).cy?.nodes().length > 0);
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.state === 'ready');
    expect(briefly(await axeViolations(page))).toEqual([]);
  });
});
