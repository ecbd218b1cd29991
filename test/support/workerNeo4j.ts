/**
 * Each Jest worker's own Neo4j (instance "test-<worker>", ports counted up from TEST_NEO4J_BOLT_PORT and
 * TEST_NEO4J_HTTP_PORT), so that test files run side by side without sharing a database: Neo4j Community serves
 * one database per server. Started by a worker before its first test file (test/support/workerSetup.ts), tied to
 * the worker so that it stops if the worker dies, and stopped and removed by the global teardown.
 * NEO4J_TEST_URI set from outside serves one worker only (run Jest with -w 1).
 */
import fs from 'node:fs';
import { LocalInstance, localInstance } from '../../src/localdb/instance';
import { runningPid, start, stop } from '../../src/localdb/localNeo4j';

const DEFAULT_BOLT = 17687;
const DEFAULT_HTTP = 17474;

const basePort = (name: string, fallback: number): number => Number(process.env[name] || fallback);

/** The instance of worker `id` (1-based, as JEST_WORKER_ID). */
export function workerInstance(id: number): LocalInstance {
  return localInstance(`test-${id}`, {
    ...process.env,
    TEST_NEO4J_BOLT_PORT: String(basePort('TEST_NEO4J_BOLT_PORT', DEFAULT_BOLT) + id - 1),
    TEST_NEO4J_HTTP_PORT: String(basePort('TEST_NEO4J_HTTP_PORT', DEFAULT_HTTP) + id - 1),
  });
}

/** Points this worker's tests at its Neo4j, starting it (empty) if this worker has not yet. */
export async function useWorkerNeo4j(): Promise<void> {
  const id = Number(process.env.JEST_WORKER_ID || 1);
  if (process.env.TEST_NEO4J_OWNED !== '1') {
    if (id > 1) throw new Error('NEO4J_TEST_URI serves one Jest worker only: run Jest with -w 1 (--maxWorkers=1).');
    return;
  }
  if (process.env.NEO4J_TEST_URI) return;
  const instance = workerInstance(id);
  // Each test file gets a fresh copy of the environment, so a later file of this worker finds its Neo4j running.
  if (runningPid(instance) === undefined) fs.rmSync(instance.home, { recursive: true, force: true });
  const started = await start(instance, { tied: true, log: (line) => process.stderr.write(`${line}\n`) });
  // What the tests read (test/support/neo4j.ts), and what `db.js status` reads of the instance.
  Object.assign(process.env, {
    NEO4J_TEST_URI: started.boltUri,
    NEO4J_TEST_USER: started.user,
    NEO4J_TEST_PASSWORD: started.password,
    TEST_NEO4J_INSTANCE: instance.name,
    TEST_NEO4J_BOLT_PORT: String(instance.boltPort),
    TEST_NEO4J_HTTP_PORT: String(instance.httpPort),
  });
}

/** Stops and removes the Neo4j servers of workers 1 to `workers`, whether this run or an earlier one left them. */
export async function removeWorkerNeo4js(workers: number): Promise<void> {
  for (let id = 1; id <= Math.max(1, workers); id++) {
    const instance = workerInstance(id);
    await stop(instance);
    fs.rmSync(instance.home, { recursive: true, force: true });
  }
}
