import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { localInstance, pidFile } from '../../src/localdb/instance';
import { runningPid, start } from '../../src/localdb/localNeo4j';
import { alive, until } from '../support/wait';

const root = path.join(__dirname, '..', '..');

/** Runs `npm start`'s entry point on an instance of its own, as a user would, collecting its stderr. */
function startOwnServer(name: string, boltPort: number, httpPort: number) {
  const env = {
    ...process.env,
    LOCAL_NEO4J_INSTANCE: name,
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: String(httpPort),
    LOCAL_NEO4J_HEAP: '256m',
    LOCAL_NEO4J_PAGECACHE: '64m',
    PORT: '0',
    SEED_WHEN_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    // Stops at once, as before the drain (SHUTDOWN_DRAIN_MS): replicas.test and drain.unit.test hold the drain.
    SHUTDOWN_DRAIN_MS: '0',
  } as NodeJS.ProcessEnv;
  delete env.NEO4J_URI;
  const instance = localInstance(name, env);
  fs.rmSync(instance.home, { recursive: true, force: true });
  const server = spawn(process.execPath, [path.join(root, 'dist/scripts/start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stderr: '' };
  server.stderr.on('data', (d) => {
    output.stderr += d;
  });
  const ready = () => until(() => output.stderr.includes('GraphQL API and playground'), 180_000);
  const cleanUp = () => {
    server.kill('SIGKILL');
    fs.rmSync(instance.home, { recursive: true, force: true });
  };
  return { instance, server, output, ready, cleanUp };
}

const ownsTestNeo4j = process.env.TEST_NEO4J_OWNED === '1';

describe('the project-run Neo4j', () => {
  it('detects and clears a stale pid file left by a killed run', () => {
    const instance = localInstance('stale-check', { LOCAL_NEO4J_BOLT_PORT: '17887', LOCAL_NEO4J_HTTP_PORT: '17884' });
    fs.mkdirSync(path.dirname(pidFile(instance)), { recursive: true });
    const dead = spawn(process.execPath, ['-e', '0']);
    fs.writeFileSync(pidFile(instance), String(dead.pid ?? 999999));
    return new Promise<void>((resolve) =>
      dead.on('exit', () => {
        const messages: string[] = [];
        expect(runningPid(instance, (m) => messages.push(m))).toBeUndefined();
        expect(fs.existsSync(pidFile(instance))).toBe(false);
        expect(messages[0]).toMatch(/stale pid file/);
        fs.rmSync(instance.home, { recursive: true, force: true });
        resolve();
      }),
    );
  });

  it('prints db:status --json with the address and generated credentials', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'dist/scripts/db.js'), 'status', '--json'], {
      env: { ...process.env, LOCAL_NEO4J_INSTANCE: process.env.TEST_NEO4J_INSTANCE || 'test' },
      encoding: 'utf8',
    });
    const s = JSON.parse(result.stdout);
    expect(Object.keys(s).sort()).toEqual(['boltUri', 'browserUrl', 'password', 'running', 'user']);
    expect(s.boltUri).toBe(process.env.NEO4J_TEST_URI);
    expect(s.browserUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/browser\/$/);
    if (ownsTestNeo4j) {
      expect(s.running).toBe(true);
      expect(s.password).toBe(process.env.NEO4J_TEST_PASSWORD);
    }
  });

  it('reuses a running Neo4j on a second start, and leaves no Java process behind when npm start is killed outright (SIGKILL)', async () => {
    const { instance, server, output, ready, cleanUp } = startOwnServer('orphan-check', 17787, 17774);
    try {
      expect(await ready()).toBe(true);
      const javaPid = Number(fs.readFileSync(pidFile(instance), 'utf8'));
      expect(alive(javaPid)).toBe(true);
      // A second start (as `npm run db:start` would) reuses the running server rather than failing on its port.
      const again = await start(instance, { tied: true, log: () => {} });
      expect(again.reused).toBe(true);
      expect(again.pid).toBe(javaPid);
      const url = /playground: (\S+)/.exec(output.stderr)![1];
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ graphStats { nodeCount } }"}',
      });
      expect(((await res.json()) as { data: { graphStats: { nodeCount: number } } }).data.graphStats.nodeCount).toBe(0);
      server.kill('SIGKILL');
      expect(await until(() => !alive(javaPid), 90_000)).toBe(true);
    } finally {
      cleanUp();
    }
  });

  it('stops Neo4j it started and exits 0 on SIGTERM', async () => {
    const { instance, server, ready, cleanUp } = startOwnServer('sigterm-check', 17797, 17794);
    const exited = new Promise<number | null>((r) => server.on('exit', (code) => r(code)));
    try {
      expect(await ready()).toBe(true);
      const javaPid = Number(fs.readFileSync(pidFile(instance), 'utf8'));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(alive(javaPid)).toBe(false);
    } finally {
      cleanUp();
    }
  });
});
