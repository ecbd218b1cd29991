/**
 * `npm run db:start` and `npm run db:stop` as their built script runs them, on an instance of this test's
 * own whose ports are set here (LOCAL_NEO4J_*), never the default 7687, so no other checkout or CI job
 * collides: db:start leaves Neo4j running by itself, a server that reused it stops without stopping it,
 * and db:stop stops it.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { localInstance, pidFile, projectRoot, readCredentials } from '../../src/localdb/instance';
import { stop } from '../../src/localdb/localNeo4j';
import { alive, until } from '../support/wait';

const env: NodeJS.ProcessEnv = {
  ...process.env,
  LOCAL_NEO4J_INSTANCE: 'db-commands-check',
  LOCAL_NEO4J_BOLT_PORT: '34687',
  LOCAL_NEO4J_HTTP_PORT: '34474',
  LOCAL_NEO4J_HEAP: '256m',
  LOCAL_NEO4J_PAGECACHE: '64m',
  PORT: '0',
  SEED_WHEN_EMPTY: 'false',
  LOG_LEVEL: 'warn',
  // Stops at once, as before the drain (SHUTDOWN_DRAIN_MS): replicas.test and drain.unit.test hold the drain.
  SHUTDOWN_DRAIN_MS: '0',
};
delete env.NEO4J_URI;
const instance = localInstance('db-commands-check', env);
const script = (name: string) => path.join(projectRoot(), 'dist', 'scripts', name);
const db = (command: string) => spawnSync(process.execPath, [script('db.js'), command], { env, encoding: 'utf8', timeout: 240_000 });

/** Whether the instance's Bolt port answers a statement, with the credentials db:start generated. */
async function boltAnswers(): Promise<boolean> {
  const creds = readCredentials(instance)!;
  const driver = neo4j.driver(`bolt://127.0.0.1:${instance.boltPort}`, neo4j.auth.basic(creds.user, creds.password), {
    connectionTimeout: 5000,
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** `npm start`'s entry point on the same instance, resolved once it serves, with the URL it prints. */
async function startServer() {
  const server = spawn(process.execPath, [script('start.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((r) => server.on('exit', (code) => r(code)));
  expect(await until(() => stderr.includes('GraphQL API and playground'), 180_000)).toBe(true);
  return { server, exited, url: /playground: (\S+)/.exec(stderr)![1] };
}

describe('npm run db:start and db:stop', () => {
  beforeAll(() => {
    fs.rmSync(instance.home, { recursive: true, force: true });
  });
  afterAll(async () => {
    await stop(instance);
    fs.rmSync(instance.home, { recursive: true, force: true });
  });

  it('starts a Neo4j that outlives a server using it, until db:stop stops it', async () => {
    const started = db('start');
    expect(started.status).toBe(0);
    expect(started.stdout).toContain(`Started: bolt://127.0.0.1:${instance.boltPort}`);
    const javaPid = Number(fs.readFileSync(pidFile(instance), 'utf8'));
    // db:start has exited; its Neo4j has not.
    expect(alive(javaPid)).toBe(true);
    expect(await boltAnswers()).toBe(true);

    const { server, exited, url } = await startServer();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ graphStats { nodeCount } }"}',
    });
    expect(((await res.json()) as { data: { graphStats: { nodeCount: number } } }).data.graphStats.nodeCount).toBe(0);
    server.kill('SIGTERM');
    await exited;
    expect(alive(javaPid)).toBe(true);
    expect(await boltAnswers()).toBe(true);

    const stopped = db('stop');
    expect([stopped.status, stopped.stdout]).toEqual([0, 'Stopped.\n']);
    expect(await until(() => !alive(javaPid), 60_000)).toBe(true);
    expect(await boltAnswers()).toBe(false);
    expect(db('stop').stdout).toBe('Was not running.\n');
  }, 600_000);
});
