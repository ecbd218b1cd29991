/**
 * An entity's plain page in a real browser (Debian's Chromium through playwright-core), checked by axe-core:
 * no accessibility violation (WCAG 2 A and AA rules), a heading with the entity's name, the facts' table with
 * column headers and sources, the Chinese names marked with their language; nothing fetched but the page itself.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { loadRealSeed } from '../seed/graphChecksum';
import { launchChromium } from '../support/chromium';
import { startTestServer, TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe("an entity's page in a browser", () => {
  let driver: Driver;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
    server = await startTestServer(driver);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('has no accessibility violations, names the entity and lists its facts with their sources', async () => {
    // The page's policy allows no script; axe is put in by the test, past it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(`${server.url}/id/work/infernal-affairs`);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(await page.locator('h1').innerText()).toBe('Infernal Affairs');
    expect(await page.locator('[lang="zh-hant"]').first().innerText()).toBe('無間道');
    expect(await page.locator('table th[scope="col"]').allInnerTexts()).toEqual([
      'subject',
      'predicate',
      'object',
      'source',
      'values and locator',
      'IRI',
    ]);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    expect(requests).toEqual([`${server.url}/id/work/infernal-affairs`]);
    await context.close();
  });
});
