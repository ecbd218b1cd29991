/**
 * The page at an entity's IRI in Chromium (playwright-core) over the real seed: a work whose sources disagree
 * (Warriors of Future's 2022 gross) with its claims side by side and charted by source, a region's imports
 * charted by year, a market year's figures source by source, each chart's data and each table's numbers equal
 * the graph's (read in Cypher); "cite this" with the IRI; the reader's script converting a name and kept in the
 * link; the facts and claims readable without script; axe-core's WCAG 2.1 A/AA rules; nothing from another host.
 */
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { cypher, testDriver } from '../support/neo4j';
import { axeViolations, offHostRequests, openPageSession, PageSession, screenshot } from '../server/browserPage';

let driver: Driver;
let session: PageSession;

beforeAll(async () => {
  driver = testDriver();
  session = await openPageSession(driver);
}, 300_000);

afterAll(async () => {
  await session?.close();
  await driver?.close();
});

const WARRIORS_GROSS = 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022';

interface Datum {
  x: string | number;
  series?: string;
  y: number | null;
  y2?: number | null;
}

/** Opens an entity's page and waits until every chart of its page data has drawn its marks; answers how many. */
async function open(page: Page, path: string): Promise<number> {
  const response = await page.goto(`${session.server.url}${path}`);
  expect(response?.headers()['content-type']).toMatch(/^text\/html/);
  const charts = await page.evaluate(() => JSON.parse((globalThis as any).document.getElementById('page-data').textContent).charts.length);
  await page
    .waitForFunction((n) => {
      const views = [...(globalThis as any).document.querySelectorAll('.answer-chart-view')];
      return views.length === n && views.every((v: any) => v.vegaView && v.querySelector('svg .role-mark'));
    }, charts)
    .catch(async (err: Error) => {
      await screenshot(page, 'entity-page-not-drawn.png');
      throw new Error(`${err.message}\n${session.problems.join('\n')}`);
    });
  return charts as number;
}

/** The data of the chart inside the element `within` selects. */
const chartData = (page: Page, within: string): Promise<Datum[]> =>
  page.evaluate(
    (selector) =>
      (globalThis as any).document
        .querySelector(`${selector} .answer-chart-view`)
        .vegaView.data('answer')
        .map(({ x, series, y, y2 }: any) => ({ x, series, y, y2 })),
    within,
  );

/** A table's body as text cells, row by row. */
const tableCells = (page: Page, selector: string): Promise<string[][]> =>
  page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) => rows.map((r: any) => [...r.querySelectorAll('th, td')].map((c: any) => c.textContent.trim())));

const number = (text: string): number => Number(text.replace(/,/g, ''));

const briefly = (violations: { id: string; help: string; targets: string[] }[]): string[] =>
  violations.map((v) => `${v.id} (${v.help}): ${v.targets.length}: ${v.targets.slice(0, 4).join(' | ')}`);

describe("an entity's page at its IRI", () => {
  it("shows a work's disagreeing claims side by side and charted by source, equal to the graph's, and cites it", async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await open(page, '/id/work/warriors-of-future')).toBeGreaterThanOrEqual(1);
    expect(await page.locator('h1').innerText()).toBe('Warriors of Future');
    const claims = await cypher(
      driver,
      `MATCH (c:Claim {factId: $fact})-[:STATED_IN]->(s:Source)
       RETURN s.name AS source, c.boxOfficeHKD AS gross, c.locator AS locator, c.asOf AS asOf, c.preferred AS preferred
       ORDER BY coalesce(c.preferred, false) DESC, c.source, c.locator`,
      { fact: WARRIORS_GROSS },
    );
    expect(claims.length).toBeGreaterThan(2);
    const table = '#claims-RELEASED_IN-work-warriors-of-future-region-hong-kong-2022';
    const headers = await page.locator(`${table} thead th`).allInnerTexts();
    const rows = await tableCells(page, table);
    const col = (name: string) => headers.indexOf(name);
    expect(
      rows.map((r) => [r[0].replace(' held by the graph', ''), number(r[col('boxOfficeHKD')]), r[col('locator')], r[col('as of')]]),
    ).toEqual(claims.map((c) => [c.source, c.gross, c.locator, c.asOf ?? '']));
    expect(rows[0][0]).toContain('held by the graph');
    expect(await page.locator(`${table} caption`).innerText()).toContain('the sources disagree on boxOfficeHKD');
    // The chart beside them: a bar per claim, the graph's values.
    const data = await chartData(page, '#facts-released-in-out');
    expect(data.map((d) => d.y)).toEqual(claims.map((c) => c.gross));
    expect(await page.locator('#facts-released-in-out .answer-chart-view svg .mark-rect.role-mark path').count()).toBe(claims.length);
    expect(await page.locator('#facts-released-in-out table.chart-data tbody tr').count()).toBe(claims.length);
    // Cite this: the IRI, the version, APA and BibTeX.
    const iri = `${session.server.url}/id/work/warriors-of-future`;
    const citations = await page.locator('pre.citation').allInnerTexts();
    expect(citations[0]).toContain(`Warriors of Future [Data record]. In Audiovisual exchange graph`);
    expect(citations[0]).toContain(`(Version 0.1.0, `);
    expect(citations[0]).toContain(iri);
    expect(citations[1]).toMatch(/^@misc\{avx-work-warriors-of-future,/);
    expect(citations[1]).toContain(`url = {${iri}}`);
    // The playground link carries a query for the entity that the API answers.
    const href = await page.getByRole('link', { name: 'query it in the playground' }).getAttribute('href');
    const playground = new URL(href!, session.server.url);
    const answer = (await (
      await fetch(`${session.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: playground.searchParams.get('query') }),
      })
    ).json()) as { data?: { node: { id: string; relationships: { claims: unknown[] }[] } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node.id).toBe('work:warriors-of-future');
    expect(answer.data?.node.relationships.some((r) => r.claims.length === claims.length)).toBe(true);
    await page.locator('#facts-released-in-out .entity-chart').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'entity-work.png');
    expect(briefly(await axeViolations(page))).toEqual([]);
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("charts a region's imports by year with the graph's values and lists them with their sources", async () => {
    const { page } = session;
    await open(page, '/id/region/japan');
    const graph = await cypher(
      driver,
      `MATCH (h:Region)-[r:IMPORTED_FROM]->(:Region {id: 'region:japan'})
       RETURN h.name AS series, r.year AS x, r.value AS y, r.sharePct AS y2, r.locator AS locator ORDER BY h.name, r.year`,
    );
    expect(graph.length).toBeGreaterThanOrEqual(12);
    const data = await chartData(page, '#facts-imported-from-in');
    // One region imports from Japan (Hong Kong, Table 1): one line of value, one of share, no series.
    expect(data.map(({ x, y, y2 }) => ({ x, y, y2 }))).toEqual(graph.map(({ x, y, y2 }) => ({ x: Number(x), y, y2 })));
    expect(new Set(graph.map((g) => g.series))).toEqual(new Set(['Hong Kong']));
    const headers = await page.locator('#facts-imported-from-in .table-scroll thead th').allInnerTexts();
    const rows = await tableCells(page, '#facts-imported-from-in .table-scroll');
    expect(
      rows.map((r) => [r[0], number(r[headers.indexOf('year')]), number(r[headers.indexOf('value')]), r[headers.indexOf('locator')]]),
    ).toEqual(graph.map((g) => [g.series, Number(g.x), g.y, g.locator]));
    expect(rows.every((r) => r[headers.indexOf('source')] !== '')).toBe(true);
    // Table 8's exports to Japan, whose values the paper leaves out in some years: a gap in the chart, never 0.
    const exports = await cypher(
      driver,
      `MATCH (:Region)-[r:EXPORTED_TO]->(:Region {id: 'region:japan'}) RETURN r.year AS x, r.value AS y ORDER BY r.year`,
    );
    expect(exports.some((e) => e.y === null)).toBe(true);
    expect((await chartData(page, '#facts-exported-to-in')).map(({ x, y }) => ({ x, y }))).toEqual(
      exports.map(({ x, y }) => ({ x: Number(x), y })),
    );
    // docs/images/entity-page.png is this screenshot: Japan's imports charted, each value with its source.
    await page.locator('#facts-imported-from-in').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'entity-region.png');
    expect(briefly(await axeViolations(page))).toEqual([]);
    expect(offHostRequests(session.requests)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("shows a market year's figures source by source, each claimed figure charted", async () => {
    const { page } = session;
    const claimed = await cypher(
      driver,
      `MATCH (c:Claim {factId: 'marketyear:hong-kong-cinema-2022'}) WHERE c.totalBoxOfficeHKD IS NOT NULL
       RETURN c.totalBoxOfficeHKD AS total ORDER BY coalesce(c.preferred, false) DESC, c.source, c.locator`,
    );
    expect(await open(page, '/id/marketyear/hong-kong-cinema-2022')).toBeGreaterThan(1);
    const totals = await page.evaluate(() => {
      const figure = [...(globalThis as any).document.querySelectorAll('#figures figure')].find((f: any) =>
        f.querySelector('figcaption').textContent.includes('of totalBoxOfficeHKD by source'),
      );
      return figure
        .querySelector('.answer-chart-view')
        .vegaView.data('answer')
        .map((d: any) => d.y);
    });
    expect(totals).toEqual(claimed.map((c) => c.total));
    expect(briefly(await axeViolations(page))).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("gives a policy, a person and a studio their page: name, facts with their sources, under the pages' policy", async () => {
    const { page } = session;
    for (const label of ['Policy', 'Person', 'Studio']) {
      const [entity] = await cypher(
        driver,
        `MATCH (n:${label})-[r]-(m) WHERE NOT type(r) IN ['CITED_IN', 'ABOUT'] AND NOT m:Claim
         WITH n, count(r) AS facts ORDER BY facts DESC, n.id LIMIT 1
         RETURN n.id AS id, n.name AS name, COUNT { (n)-[r]-(m) WHERE NOT type(r) IN ['CITED_IN', 'ABOUT'] AND NOT m:Claim } AS facts`,
      );
      const [prefix, slug] = String(entity.id).split(':');
      const response = await page.goto(`${session.server.url}/id/${prefix}/${slug}`);
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
      expect(response?.headers()['content-security-policy']).not.toMatch(/unsafe-eval/);
      expect([label, await page.locator('h1').innerText()]).toEqual([label, entity.name]);
      const rows = page.locator('#facts .entity-group .table-scroll tbody tr');
      expect([label, await rows.count()]).toEqual([label, entity.facts]);
      const sources = await rows.evaluateAll((trs) => trs.map((tr: any) => tr.querySelector('a[href*="/id/source/"]') !== null));
      expect([label, sources.every(Boolean)]).toEqual([label, true]);
      expect([label, briefly(await axeViolations(page))]).toEqual([label, []]);
    }
    expect(session.problems).toEqual([]);
  });

  it("converts a name to the reader's script, keeps it in the link, and the page reads without script", async () => {
    const { page } = session;
    await open(page, '/id/work/the-sparring-partner');
    const zh = page.locator('.entity-zh [data-zh]');
    expect(await zh.innerText()).toBe('正义回廊');
    await page.getByLabel('Chinese script').selectOption('Hant');
    expect(await zh.innerText()).toBe('正義迴廊');
    expect(await zh.getAttribute('lang')).toBe('zh-Hant');
    expect(new URL(page.url()).searchParams.get('script')).toBe('Hant');
    // The names in each script, as the graph stores them, whatever the reader chose.
    expect(await page.locator('.entity-names td[lang="zh-Hans"]').innerText()).toBe('正义回廊');
    // A shared link carries the script to a browser that remembers nothing.
    const context = await session.browser.newContext();
    try {
      const other = await context.newPage();
      await other.goto(`${session.server.url}/id/work/the-sparring-partner?script=Hant`);
      await other.waitForFunction(() => (globalThis as any).document.querySelector('.entity-zh [data-zh]').textContent === '正義迴廊');
    } finally {
      await context.close();
    }
    await page.getByLabel('Chinese script').selectOption('printed');
    // Without script: the facts, the claims and the citation are there as HTML.
    const plain = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await plain.newPage();
      await p.goto(`${session.server.url}/id/work/warriors-of-future`);
      expect(await p.locator('#facts-released-in-out .table-scroll tbody tr').count()).toBeGreaterThan(0);
      expect(await p.locator('table.entity-claims tbody tr').count()).toBeGreaterThan(2);
      expect(await p.locator('pre.citation').first().innerText()).toContain('/id/work/warriors-of-future');
    } finally {
      await plain.close();
    }
    expect(session.problems).toEqual([]);
  });
});
