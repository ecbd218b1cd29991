import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server/app';
import { SERVER_NODE_FLAGS } from '../../src/server/runtime';
import { benchDriver } from './neo4j';
import type { BenchTarget } from './options';

export type { BenchTarget } from './options';
import { startPeerServer } from './peer';
import { BENCH_TOKEN_ENV } from './writes';

export type ServerKind = 'ours' | 'peer';

/** A statement a server sent: ours names a file in cypher/, the peer's is generated text. */
export interface StatementRecord {
  name: string;
  text?: string;
  params: Record<string, unknown>;
}

/** How many statements a server has sent so far, and the last few of them. */
export interface StatementLog {
  count: number;
  recent: StatementRecord[];
}

/** A GraphQL server under test. */
export interface RunningServer {
  kind: ServerKind;
  url: string;
  statements(): Promise<StatementLog>;
  close(): Promise<void>;
}

const RECENT = 200;

/** Parameters over IPC (JSON): Neo4j integers, which the peer sends for limits, travel as {$int: "20"}. */
export function encodeParams(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeParams(v)]));
  return value;
}

export function decodeParams(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeParams);
  if (value && typeof value === 'object') {
    const int = (value as { $int?: string }).$int;
    if (typeof int === 'string' && Object.keys(value).length === 1) return neo4j.int(int);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeParams(v)]));
  }
  return value;
}

const bound = <T extends object>(target: T, prop: string | symbol): unknown => {
  const value = Reflect.get(target, prop);
  return typeof value === 'function' ? value.bind(target) : value;
};

/**
 * The peer's driver, counting every statement the library runs (it has no statement hook of its own):
 * sessions and their transactions are wrapped so that each `run` is counted before it is sent.
 */
export function countingDriver(driver: Driver, count: (text: string, params: unknown) => void): Driver {
  const counted =
    (run: (...a: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      count(String(args[0]), args[1] ?? {});
      return run(...args);
    };
  const wrapTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get: (t, prop) => (prop === 'run' ? counted(t.run.bind(t) as (...a: unknown[]) => unknown) : bound(t, prop)),
    });
  const wrapSession = (session: Session) =>
    new Proxy(session, {
      get: (s, prop) => {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (s[prop] as (w: (tx: ManagedTransaction) => unknown, c?: unknown) => unknown)((tx) => work(wrapTx(tx)), config);
        }
        if (prop === 'run') return counted(s.run.bind(s) as (...a: unknown[]) => unknown);
        return bound(s, prop);
      },
    });
  return new Proxy(driver, {
    get: (d, prop) => (prop === 'session' ? (...args: Parameters<Driver['session']>) => wrapSession(d.session(...args)) : bound(d, prop)),
  });
}

/** Starts ours or the peer in this process, on a free loopback port, with its own driver. */
export async function startInProcess(kind: ServerKind, target: BenchTarget): Promise<RunningServer> {
  const driver = benchDriver(target);
  const log: StatementLog = { count: 0, recent: [] };
  // Params are encoded for the parent only when it asks: the log must not cost the server it measures.
  const record = (entry: StatementRecord) => {
    log.count += 1;
    log.recent.push(entry);
    if (log.recent.length > RECENT) log.recent.shift();
  };
  let url: string;
  let closeServer: () => Promise<void>;
  if (kind === 'ours') {
    const config = loadConfig({
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
      LOG_LEVEL: 'silent',
      ...BENCH_TOKEN_ENV,
    });
    const server = await createServer({
      config,
      driver,
      logger: createLogger('silent'),
      onStatement: (e) => record({ name: e.query, params: e.params }),
    });
    url = await server.listen(0, '127.0.0.1');
    closeServer = () => server.close();
  } else {
    const counting = countingDriver(driver, (text, params) =>
      record({ name: 'generated', text, params: params as Record<string, unknown> }),
    );
    const server = await startPeerServer(counting, target.database);
    url = server.url;
    closeServer = () => server.close();
  }
  return {
    kind,
    url,
    statements: async () => ({
      count: log.count,
      recent: log.recent.map((e) => ({ ...e, params: encodeParams(e.params) as Record<string, unknown> })),
    }),
    close: async () => {
      await closeServer();
      await driver.close();
    },
  };
}

interface Reply {
  type: string;
  url?: string;
  log?: StatementLog;
  error?: string;
}

function nextReply(child: ChildProcess, type: string, timeoutMs: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`bench server did not answer "${type}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (m: Reply) => {
      if (m.type === 'error') {
        cleanup();
        reject(new Error(m.error));
      }
      if (m.type === type) {
        cleanup();
        resolve(m);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`bench server exited (${code}) before "${type}"`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The compiled child entry; absent when running from TypeScript sources (then servers run in-process). */
export const childEntry = (): string => path.join(__dirname, 'serve.js');
export const canFork = (): boolean => fs.existsSync(childEntry());

/**
 * Starts ours or the peer as a child process, so that the load generator in this process does not
 * share a JavaScript thread with the server it measures.
 */
export async function startChild(kind: ServerKind, target: BenchTarget): Promise<RunningServer> {
  const child = fork(childEntry(), [kind], {
    // Both servers run as deployed (see the Dockerfile): graphql-js, for one, skips its development checks,
    // and the peer gets our runtime flags too, so that neither is measured with a tuning the other lacks.
    execArgv: [...SERVER_NODE_FLAGS],
    env: { ...process.env, NODE_ENV: 'production', BENCH_TARGET: JSON.stringify(target) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await nextReply(child, 'ready', 120_000);
  return {
    kind,
    url: url!,
    statements: async () => {
      const reply = nextReply(child, 'statements', 10_000);
      child.send({ type: 'statements' });
      return (await reply).log!;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
