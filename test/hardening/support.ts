/**
 * Helpers shared by the hardening tests: signed tokens, a seeded random generator (so every generated
 * request can be replayed), raw HTTP that never throws on a refusal, and tallies to print.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { graphOn } from '../../src/graph/graph';
import { QueryCatalog } from '../../src/graph/statements';
import { applySchema } from '../../src/graph/schema';
import { localInstance, LocalInstance, pidFile } from '../../src/localdb/instance';
import { start, stop, StartResult } from '../../src/localdb/localNeo4j';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { quietLogger } from '../support/neo4j';
import { mulberry32 } from '../../tools/synthetic/random';

export const SECRET = 'hardening-test-secret-of-at-least-32-chars';
export const ISSUER = 'https://hardening.test/issuer';
export const AUDIENCE = 'av-exchange-graph-hardening';
/** What a server that accepts these tokens is started with. */
export const TOKEN_ENV = { JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE };

/** A token this server's issuer and audience would carry; claims may override any of them. */
export const bearer = (claims: object, secret = SECRET, options: jwt.SignOptions = { expiresIn: '10m' }): string =>
  `Bearer ${jwt.sign({ iss: ISSUER, aud: AUDIENCE, sub: 'hardening-test', ...claims }, secret, { algorithm: 'HS256', ...options })}`;

export const EDITOR = bearer({ sub: 'hardening-editor', roles: ['editor'] });
export const ADMIN = bearer({ sub: 'hardening-admin', roles: ['admin'] });

/** The synthetic generator's seeded mulberry32, so every generated request can be replayed. */
export const prng = mulberry32;

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

export interface Reply {
  status: number;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  body: any;
  text: string;
  ms: number;
  /** `extensions.code` of every error, in order ("(none)" for an error without one). */
  codes: string[];
  /** Set when no HTTP answer came back at all (connection refused, reset, timed out). */
  failure?: string;
}

function codesOf(body: any): string[] {
  const results = Array.isArray(body) ? body : [body];
  return results.flatMap((r) => (Array.isArray(r?.errors) ? r.errors.map((e: any) => e?.extensions?.code ?? '(none)') : []));
}

/** One HTTP request to the server, bounded in time; it answers rather than throws, whatever happens. */
export async function send(
  url: string,
  init: { method?: string; body?: string | Buffer; headers?: Record<string, string>; path?: string; timeoutMs?: number } = {},
): Promise<Reply> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: init.headers ?? { 'content-type': 'application/json' },
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text, ms: performance.now() - started, codes: codesOf(body) };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { status: 0, body: undefined, text: '', ms: performance.now() - started, codes: [], failure: cause ?? (err as Error).name };
  }
}

export const gql = (
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs?: number,
) => send(url, { body: JSON.stringify({ query, variables }), headers: { 'content-type': 'application/json', ...headers }, timeoutMs });

/** Counts by key, printed as `key=n` sorted by key. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  toString(): string {
    return [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
  }
}

/** A Neo4j of the test's own (for tests that stop or kill it), started empty with the schema applied. */
export class OwnNeo4j {
  readonly instance: LocalInstance;
  started?: StartResult;
  driver?: Driver;

  constructor(name: string, boltPort: number, httpPort: number) {
    this.instance = localInstance(name, {
      TEST_NEO4J_BOLT_PORT: String(boltPort),
      TEST_NEO4J_HTTP_PORT: String(httpPort),
      TEST_NEO4J_HEAP: '256m',
      TEST_NEO4J_PAGECACHE: '64m',
    });
  }

  get uri(): string {
    return this.started!.boltUri;
  }
  get password(): string {
    return this.started!.password!;
  }

  async start(): Promise<void> {
    this.started = await start(this.instance, { tied: true, log: () => {} });
  }

  /** A fresh home, the server started, a driver on it, and the schema and seed loaded. */
  async startSeeded(connectTimeoutMs = 2000): Promise<Driver> {
    fs.rmSync(this.instance.home, { recursive: true, force: true });
    await this.start();
    this.driver = createDriver({ uri: this.uri, user: 'neo4j', password: this.password, connectTimeoutMs }, quietLogger());
    const graph = graphOn(this.driver, quietLogger(), { database: 'neo4j', txTimeoutMs: 120_000 }, new QueryCatalog());
    await applySchema(graph, new QueryCatalog());
    await loadSeed(graph, readSeed(seedDir()), { reset: true });
    return this.driver;
  }

  /** A clean stop: Neo4j checkpoints and exits. */
  async stop(): Promise<void> {
    await stop(this.instance, this.started?.child);
  }

  /** The Java process killed outright, as a power cut would; the tied wrapper then exits by itself. */
  async kill(): Promise<void> {
    const pid = Number(fs.readFileSync(pidFile(this.instance), 'utf8'));
    const wrapperGone = new Promise((r) => this.started?.child?.once('exit', r));
    process.kill(pid, 'SIGKILL');
    await wrapperGone;
    this.started?.child?.stdin?.end();
  }

  async remove(): Promise<void> {
    await this.driver?.close();
    await this.stop();
    fs.rmSync(this.instance.home, { recursive: true, force: true });
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request a load sent: when it started (ms since the epoch) and what came back. */
export interface Shot {
  startedAt: number;
  reply: Reply;
}

/**
 * Clients sending requests one after another until stopped, each at most `maxPerClient` times and
 * never past `maxMs`: load that is bounded however the test goes.
 */
export class Load {
  readonly shots: Shot[] = [];
  private running = true;
  private readonly workers: Promise<void>[];

  constructor(clients: number, maxPerClient: number, maxMs: number, fire: (client: number, i: number) => Promise<Reply>) {
    const deadline = Date.now() + maxMs;
    this.workers = Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < maxPerClient && this.running && Date.now() < deadline; i++) {
        const startedAt = Date.now();
        this.shots.push({ startedAt, reply: await fire(client, i) });
        await sleep(5);
      }
    });
  }

  async stop(): Promise<Shot[]> {
    this.running = false;
    await Promise.all(this.workers);
    return this.shots;
  }
}

/**
 * A POST to /graphql whose headers and first bytes are sent at once and the rest of its body only on
 * `finish()`: the server waits for them, and so does its graceful shutdown. `answer` is the status and
 * text of the reply; it rejects if the connection fails.
 */
export function requestInFlight(url: string, query = '{ __typename }') {
  const body = Buffer.from(JSON.stringify({ query }));
  const { hostname, port } = new URL(url);
  let req!: http.ClientRequest;
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req = http.request(
      {
        hostname,
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      },
    );
    req.on('error', reject);
  });
  req.write(body.subarray(0, 10));
  return { answer, finish: () => void req.end(body.subarray(10)) };
}

/** Text that only Node, V8, the JSON parser, zlib, Express or the Neo4j driver writes. */
export const FOREIGN = [
  /Maximum call stack/i,
  /Unexpected (token|end of JSON|non-whitespace)/i,
  /in JSON at position/i,
  /" is not valid JSON/,
  /JSON\.parse/,
  /incorrect header check/i,
  /invalid (stored block|distance|code lengths|block type)/i,
  /unexpected end of file/i,
  /Z_[A-Z_]+_ERROR/,
  /undefined bytes/,
  /Cannot (GET|POST|PUT|DELETE|PATCH|read propert)/,
  /is not a function/,
  /\b(TypeError|RangeError|SyntaxError: JSON)\b/,
  /Neo4jError|Neo\.(Client|Transient|Database)Error|ServiceUnavailable|SessionExpired|ECONNREFUSED|ECONNRESET/,
  /at \S+ \(.*:\d+:\d+\)/,
  /Schema is not configured/,
  /<!DOCTYPE html>|<pre>/i,
];

/**
 * The project's statements, with nodeCount (`graphStats { nodeCount }`) replaced by one that would run
 * for minutes (slowCypher/): a slow read, stopped only by the transaction timeout. Remove `dir` after.
 */
export function catalogWithSlowNodeCount(): { dir: string; catalog: QueryCatalog } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slow-cypher-'));
  const projectDir = new QueryCatalog().dir;
  fs.cpSync(projectDir, dir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'slowCypher', 'nodeCount.cypher'), path.join(dir, 'nodeCount.cypher'));
  return { dir, catalog: new QueryCatalog(dir) };
}
