import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { buildGraphSchema } from '../../src/schema';
import { testDriver } from '../support/neo4j';
import { parseCsv } from '../exchange/parsers';
import { offHostRequests, openPageSession, PageSession, screenshot } from './browserPage';

const QUERIES = path.join(__dirname, '..', '..', 'queries');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let driver: Driver;
let session: PageSession;

beforeAll(async () => {
  driver = testDriver();
  session = await openPageSession(driver);
});

afterAll(async () => {
  await session?.close();
  await driver?.close();
});

/** The text of one of GraphiQL's CodeMirror editors, all of it (CodeMirror renders only the lines in view). */
const editorText = (selector: string): Promise<string> =>
  session.page.evaluate((s) => (globalThis as any).document.querySelector(s)?.CodeMirror?.getValue() ?? '', selector);

/** Waits until that editor's text matches. */
const editorShows = (selector: string, pattern: RegExp): Promise<unknown> =>
  session.page.waitForFunction(
    ([s, source]) => new RegExp(source).test((globalThis as any).document.querySelector(s)?.CodeMirror?.getValue() ?? ''),
    [selector, pattern.source] as const,
    { timeout: 30_000 },
  );

describe('the playground', () => {
  it('answers browsers at / and /graphql with our own page, and JSON clients at /graphql with GraphQL', async () => {
    const { url } = session.server;
    for (const at of ['/', '/graphql']) {
      const res = await fetch(`${url}${at}`, { headers: { accept: BROWSER_ACCEPT } });
      const body = await res.text();
      expect(res.status).toBe(200);
      expect(body).toContain('/assets/playground.js');
      expect(body).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    }
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lists every saved query of queries/ with its question, in the menu above the editor and in the sidebar', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/graphql`);
    const files = fs
      .readdirSync(QUERIES)
      .filter((f) => /^\d+-.*\.graphql$/.test(f))
      .sort();
    const menu = page.locator('.saved-query-menu select option');
    await menu.first().waitFor({ state: 'attached' });
    expect((await menu.evaluateAll((options) => options.map((o) => o.getAttribute('value')))).slice(1)).toEqual(files);
    await page.getByRole('button', { name: 'Show Saved queries' }).click();
    const listed = page.locator('button.saved-query');
    await listed.first().waitFor();
    expect(await listed.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-file')))).toEqual(files);
    const question = fs
      .readFileSync(path.join(QUERIES, files[0]), 'utf8')
      .split('\n')[0]
      .replace(/^#\s*(Question \d+:\s*)?/, '');
    expect(await listed.first().textContent()).toContain(question);
    expect(await menu.nth(1).textContent()).toContain(question);
  });

  it('loads a saved query, runs it and shows its answer, asking nothing of any other host', async () => {
    const { page, server, requests, problems } = session;
    requests.length = 0;
    await page.goto(`${server.url}/graphql`);
    const file = fs.readdirSync(QUERIES).find((f) => /^\d+-import-sources-by-year\.graphql$/.test(f))!;
    await page.locator('.playground-bar').getByLabel('Saved query').selectOption(file);
    await editorShows('.graphiql-query-editor .CodeMirror', /query ImportSourcesByYear/);
    await page.locator('.graphiql-execute-button').click();
    await editorShows('.result-window .CodeMirror', /"importRankings"/);

    // Table 1 of the paper, 2022, rank 1: Japan, HK$684,202 thousand.
    const result = JSON.parse(await editorText('.result-window .CodeMirror'));
    const top2022 = result.data.importRankings.find((r: any) => r.year === 2022 && r.rank === 1);
    expect(top2022).toMatchObject({ region: { name: 'Japan' }, value: 684202 });
    // Scroll the answer into view and find it among the lines the page shows.
    await page.evaluate(() => {
      const cm = (globalThis as any).document.querySelector('.result-window .CodeMirror').CodeMirror;
      const line = cm
        .getValue()
        .split('\n')
        .findIndex((l: string) => l.includes('684202'));
      cm.scrollIntoView({ line: line + 8, ch: 0 });
    });
    const shown = page.locator('.result-window .CodeMirror-code');
    await expect(shown.textContent()).resolves.toContain('684202');
    await expect(shown.textContent()).resolves.toContain('"Japan"');
    await screenshot(page, 'playground.png');
    // With the saved queries open beside it (and the table on the right), the editor keeps a usable width:
    // at 1400 pixels about 45 columns of the query, where it had 25 while GraphiQL's panes halved what was left.
    if (!(await page.locator('.saved-queries').isVisible())) await page.getByRole('button', { name: 'Show Saved queries' }).click();
    await expect(page.locator('.saved-queries').isVisible()).resolves.toBe(true);
    const columns = await page.evaluate(() => {
      const cm = (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
      return Math.floor((cm.getScrollerElement().clientWidth - cm.getGutterElement().offsetWidth) / cm.defaultCharWidth());
    });
    expect(columns).toBeGreaterThanOrEqual(40);

    expect(requests.some((u) => u.endsWith('/assets/playground.js'))).toBe(true);
    expect(requests.filter((u) => u.endsWith('/graphql')).length).toBeGreaterThanOrEqual(2);
    expect(offHostRequests(requests)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows a list answer as a table beside the JSON, and downloads it as CSV and JSON with the same rows', async () => {
    const { page } = session;
    const result = JSON.parse(await editorText('.result-window .CodeMirror'));
    const rankings: any[] = result.data.importRankings;
    const panel = page.locator('aside.answer-panel');
    await expect(panel.locator('code').first().textContent()).resolves.toBe('importRankings');
    // Table 1, 2011-2022: five import sources a year.
    expect(rankings).toHaveLength(60);
    await expect(panel.locator('.answer-table-scroll tbody tr').count()).resolves.toBe(60);
    await expect(panel.locator('.answer-table-scroll tbody tr').first().textContent()).resolves.toContain(rankings[0].region.name);
    await screenshot(page, 'playground-table.png');
    // The title stays whole: with the JSON pane this narrow, the editor card once covered its first words.
    const covered = await page.evaluate(() => {
      const title = (globalThis as any).document.querySelector('.playground-title');
      const box = title.getBoundingClientRect();
      const at = (x: number) => title.contains((globalThis as any).document.elementFromPoint(x, box.top + box.height / 2));
      return [box.left + 2, box.left + box.width / 2, box.right - 2].filter((x) => !at(x)).length;
    });
    expect(covered).toBe(0);

    const saved = async (label: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: label }).click()]);
      return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
    };
    const csv = await saved('Download the table as CSV');
    expect(csv.name).toBe('importRankings.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const { header, rows } = parseCsv(csv.text);
    expect(header).toEqual(['year', 'rank', 'region.id', 'region.name', 'value', 'sharePct', 'locator', 'source.id']);
    const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    expect(rows).toEqual(
      rankings.map((r) => [r.year, r.rank, r.region.id, r.region.name, r.value, r.sharePct, r.locator, r.source.id].map(cell)),
    );
    const json = await saved('Download the list as JSON');
    expect(json.name).toBe('importRankings.json');
    expect(JSON.parse(json.text)).toEqual(rankings);
    expect(offHostRequests(session.requests)).toEqual([]);
  });

  it('shows the schema documentation', async () => {
    const { page } = session;
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('importRankings', { exact: true }).first().click();
    const description = (await buildGraphSchema()).getQueryType()!.getFields().importRankings.description!;
    await expect(docs.textContent()).resolves.toContain(description.split('\n')[0].slice(0, 40));
    expect(offHostRequests(session.requests)).toEqual([]);
  });
});
