/**
 * Issue 31: a build run while the server serves (every npm script builds first) leaves its pages answering.
 * The server reads its bundles from dist/public at each request; the build used to delete dist/ and so made
 * the playground and the graph view answer 503 until it was done. The build here is forced, so it compiles
 * and bundles everything again: the worst a script can do.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/localdb/instance';
import { startTestServer, TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';

const PAGES = ['/', '/explore', '/assets/playground.js', '/assets/explore.css'];

const statusOf = (url: string): Promise<number> =>
  fetch(url, { headers: { accept: 'text/html' } }).then(
    async (res) => {
      await res.arrayBuffer();
      return res.status;
    },
    () => 0,
  );

function forcedBuild(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot(), 'scripts', 'build.mjs'), '--force'], { stdio: 'ignore' });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

describe('a build while the server serves', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('keeps every page answering 200 from the first sample to the last, and switches to the new bundles', async () => {
    const before = fs.realpathSync(path.join(projectRoot(), 'dist', 'public'));
    const samples: { page: string; status: number }[] = [];
    let building = true;
    const build = forcedBuild().finally(() => {
      building = false;
    });
    while (building) {
      for (const page of PAGES) samples.push({ page, status: await statusOf(`${server.url}${page}`) });
    }
    expect(await build).toBe(0);
    // The build takes seconds; the pages were asked for all the while.
    expect(samples.length).toBeGreaterThan(PAGES.length * 5);
    expect(samples.filter((s) => s.status !== 200)).toEqual([]);
    expect(fs.realpathSync(path.join(projectRoot(), 'dist', 'public'))).not.toBe(before);
    for (const page of PAGES) expect(await statusOf(`${server.url}${page}`)).toBe(200);
  });
});
