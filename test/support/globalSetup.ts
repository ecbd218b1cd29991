/**
 * Before the integration tests: dist/ built where it is stale (tests that start the server as a process run
 * dist/, so `npx jest one.test.ts` after an edit never tests stale code), and, unless NEO4J_TEST_URI points the
 * tests at another server, Neo4j's jars fetched and the run marked as owning its Neo4j servers: one per worker (test/support/workerNeo4j.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Config } from '@jest/types';
import { fetchNeo4j } from '../../src/localdb/fetchNeo4j';
import { projectRoot } from '../../src/localdb/instance';
import { removeWorkerNeo4js } from './workerNeo4j';

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const build = spawnSync(process.execPath, [path.join(projectRoot(), 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: the tests would run stale code in dist/.');
  if (process.env.NEO4J_TEST_URI) return;
  process.env.TEST_NEO4J_OWNED = '1';
  // Once, before the workers: each would otherwise start Maven for the same jars at once on a fresh machine.
  fetchNeo4j();
  // What a run that died left behind would otherwise be reused.
  await removeWorkerNeo4js(globalConfig.maxWorkers);
}
