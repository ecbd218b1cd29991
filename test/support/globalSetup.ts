/**
 * The test run's own Neo4j: instance "test" (own ports, own folder, removed at the end), tied to the
 * Jest process so that it stops even if Jest dies. dist/ is built first where it is stale. NEO4J_TEST_URI points the tests at another server.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { localInstance, projectRoot } from '../../src/localdb/instance';
import { start } from '../../src/localdb/localNeo4j';

export default async function globalSetup(): Promise<void> {
  // Tests that start the server as a process run dist/: bring it up to date (a no-op when nothing changed),
  // so `npx jest one.test.ts` after an edit never tests stale code.
  const build = spawnSync(process.execPath, [path.join(projectRoot(), 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: the tests would run stale code in dist/.');
  if (process.env.NEO4J_TEST_URI) return;
  const instance = localInstance(process.env.TEST_NEO4J_INSTANCE || 'test');
  fs.rmSync(instance.home, { recursive: true, force: true });
  const started = await start(instance, { tied: true, log: (line) => process.stderr.write(`${line}\n`) });
  (globalThis as Record<string, unknown>).__TEST_NEO4J__ = started.child;
  process.env.NEO4J_TEST_URI = started.boltUri;
  process.env.NEO4J_TEST_USER = started.user;
  process.env.NEO4J_TEST_PASSWORD = started.password;
  process.env.TEST_NEO4J_OWNED = '1';
}
