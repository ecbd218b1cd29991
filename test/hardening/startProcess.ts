/**
 * `npm start` (or its entry point) as a child process on a local Neo4j instance of its own, with ports
 * of its own: for tests that kill its Neo4j or signal it. Output is collected; every wait is bounded.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { LocalInstance, localInstance, pidFile, readCredentials } from '../../src/localdb/instance';
import { testEnv } from '../support/neo4j';

const root = path.join(__dirname, '..', '..');

import { alive, until } from '../support/wait';

export { alive, until };

/** What `promise` gives, or 'still running' if it gives nothing within `ms`; the timer never outlives the answer. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<'still running'>((r) => {
    timer = setTimeout(() => r('still running'), ms);
  });
  try {
    return await Promise.race([promise, bound]);
  } finally {
    clearTimeout(timer);
  }
}

/** The pid the server logs in its 'ready' line. */
function readyPid(stdout: string): number | undefined {
  const line = stdout.split('\n').find((l) => l.includes('"msg":"ready"'));
  return line ? (JSON.parse(line).pid as number) : undefined;
}

/** A running `npm start` (or its entry point): the child, what it printed, and how it ended. */
export interface Spawned {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exit: Promise<number | null>;
  /** Resolves with the server's URL once it prints it. */
  url(): Promise<string>;
}

export interface Started extends Spawned {
  instance: LocalInstance;
  javaPid(): number;
  /** The pid of the node process serving (it logs it in its 'ready' line). */
  serverPid(): number;
  driver(): Driver;
  /** Kills whatever is left and removes the instance's folder. */
  cleanUp(): Promise<void>;
}

/** `how`: 'npm' runs `npm start` as a user would (build included); 'node' runs dist/scripts/start.js. */
function spawnStart(how: 'npm' | 'node', env: NodeJS.ProcessEnv): Spawned {
  const child =
    how === 'npm'
      ? spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, [path.join(root, 'dist/scripts/start.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => {
    output.stdout += d;
  });
  child.stderr!.on('data', (d) => {
    output.stderr += d;
  });
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    output,
    exit,
    async url() {
      const found = () => /GraphQL API and playground: (http:\/\/\S+)\/graphql/.exec(output.stderr)?.[1];
      if (!(await until(() => found() !== undefined || child.exitCode !== null, 300_000)) || !found()) {
        throw new Error(`the server did not start:\n${output.stderr}\n${output.stdout.slice(-3000)}`);
      }
      return found()!;
    },
  };
}

/** The entry point as its own process on the test run's Neo4j (NEO4J_URI set, so no local Neo4j of its own). */
export function startOnTestNeo4j(extra: Record<string, string> = {}): Spawned {
  return spawnStart('node', {
    PATH: process.env.PATH!,
    HOME: process.env.HOME!,
    ...testEnv(),
    PORT: '0',
    SEED_WHEN_EMPTY: 'false',
    LOG_LEVEL: 'info',
    // Stops at once, as before the drain (SHUTDOWN_DRAIN_MS): replicas.test and drain.unit.test hold the drain.
    SHUTDOWN_DRAIN_MS: '0',
    ...extra,
  });
}

/** `npm start` (or its entry point) on a local Neo4j instance of its own, on the ports given. */
export function startServer(
  how: 'npm' | 'node',
  name: string,
  boltPort: number,
  httpPort: number,
  extra: Record<string, string> = {},
): Started {
  const env = {
    ...process.env,
    LOCAL_NEO4J_INSTANCE: name,
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: String(httpPort),
    LOCAL_NEO4J_HEAP: '256m',
    LOCAL_NEO4J_PAGECACHE: '64m',
    PORT: '0',
    LOG_LEVEL: 'info',
    // Stops at once, as before the drain (SHUTDOWN_DRAIN_MS): replicas.test and drain.unit.test hold the drain.
    SHUTDOWN_DRAIN_MS: '0',
    ...extra,
  } as NodeJS.ProcessEnv;
  delete env.NEO4J_URI;
  const instance = localInstance(name, env);
  const spawned = spawnStart(how, env);
  const { child, output, exit } = spawned;
  let driver: Driver | undefined;
  return {
    ...spawned,
    instance,
    javaPid: () => Number(fs.readFileSync(pidFile(instance), 'utf8')),
    serverPid: () => readyPid(output.stdout)!,
    driver() {
      const creds = readCredentials(instance)!;
      driver ??= neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic(creds.user, creds.password));
      return driver;
    },
    async cleanUp() {
      await driver?.close();
      // npm cannot pass SIGKILL on: the server it runs is killed by its own pid.
      const serverPid = readyPid(output.stdout);
      if (serverPid && alive(serverPid)) process.kill(serverPid, 'SIGKILL');
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exit;
      const java = fs.existsSync(pidFile(instance)) ? Number(fs.readFileSync(pidFile(instance), 'utf8')) : undefined;
      if (java && alive(java)) await until(() => !alive(java), 60_000); // the tied wrapper stops it once our pipe closes
      fs.rmSync(instance.home, { recursive: true, force: true });
    },
  };
}
