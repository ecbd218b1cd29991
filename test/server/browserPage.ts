/**
 * For the page tests: Debian's Chromium driven by playwright-core (never a downloaded browser), opened
 * on a server started in-process over a test Neo4j holding the real seed, recording every request the
 * page makes and every script error.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { buildPagesIfStale } from '../../src/server/buildPages';
import { loadRealSeed } from '../seed/graphChecksum';
import { startTestServer, TestServer } from '../support/http';

export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');

export interface PageSession {
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Uncaught exceptions, console errors and refused requests. */
  problems: string[];
  close(): Promise<void>;
}

export async function openPageSession(driver: Driver): Promise<PageSession> {
  await buildPagesIfStale();
  await loadRealSeed(driver);
  const server = await startTestServer(driver);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return {
    server,
    browser,
    page,
    requests,
    problems,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The requests that went anywhere but the test server on 127.0.0.1 (data: and blob: URLs stay in the page). */
export const offHostRequests = (requests: string[]): string[] =>
  requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).hostname !== '127.0.0.1');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file });
  return file;
}

const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page as it stands: each violation's rule and the elements
 * it found. axe is evaluated through the DevTools protocol, which the page's content security policy does
 * not govern, so the page is checked under the policy it is served with.
 */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate(async (tags) => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v: any) => ({ id: v.id, help: v.help, targets: v.nodes.map((n: any) => String(n.target)) }));
  }, WCAG_21_AA);
}
