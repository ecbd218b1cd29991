/**
 * A fact's plain page (the HTML at a fact's IRI; an entity's full page is entityPage.test.ts's) in a real browser
 * (Debian's Chromium through playwright-core), checked by axe-core: no accessibility violation (WCAG 2 A and AA
 * rules), a heading, its statement's parts, its source and locator; nothing fetched but the page itself.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { loadRealSeed } from '../seed/graphChecksum';
import { launchChromium } from '../support/chromium';
import { startTestServer, TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe("a fact's plain page in a browser", () => {
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

  it('has no accessibility violations, names its statement and lists its source and locator', async () => {
    // The page's policy allows no script; axe is put in by the test, past it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const path = '/id/fact/REMADE_AS/work:infernal-affairs/work:the-departed/main';
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(await page.locator('h1').innerText()).toContain('/id/fact/REMADE_AS/');
    const terms = await page.locator('dl dt').allInnerTexts();
    expect(terms).toEqual(expect.arrayContaining(['rdf:subject', 'rdf:predicate', 'rdf:object', 'prov:wasDerivedFrom']));
    expect(await page.locator('a', { hasText: 'Infernal Affairs' }).count()).toBeGreaterThan(0);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    expect(requests).toEqual([`${server.url}${path}`]);
    await context.close();
  });
});
