/**
 * Two real server processes (dist/scripts/start.js, port 0) on one Neo4j, with a round-robin client
 * playing the proxy: a write through one is read and fed through the other; a write by `npm run import`,
 * run as its own process, reaches a subscriber; a subscriber that reconnects with its last seq gets what
 * it missed and then live changes, none twice; one server stopped with SIGTERM while the client keeps
 * POSTing mutations loses none and applies none twice: the stopping server drains (its /ready answers 503
 * while it still serves), the client stops sending to it on seeing that, as a proxy checking /ready does,
 * and nothing is refused or reset when listening stops; and a second SIGTERM during the drain exits at once.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import type { Driver } from 'neo4j-driver';
import WebSocket from 'ws';
import { toJson } from '../../src/exchange/json';
import { readGraph } from '../../src/exchange/read';
import { graphOn } from '../../src/graph/graph';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/statements';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { SEED_DIR } from '../seed/graphChecksum';
import { cypher, quietLogger, testDriver, testEnv, testExecutor } from '../support/neo4j';
import { curatorToken, tokenEnv } from '../support/tokens';
import { until } from '../support/wait';

const root = path.join(__dirname, '..', '..');
const ENV = tokenEnv('replicas-test-secret-of-at-least-32-chars', 'https://replicas.test');
/** A token minted when sent: it lasts 10 minutes, and on a loaded machine the seed and the servers' start take longer. */
const editor = () => curatorToken(ENV, 'ada', ['editor']);
/** The replicas' drain: well past the client's checks of /ready (CHECK_MS apart). */
const DRAIN_MS = 5000;
const CHECK_MS = 50;

interface Replica {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** One server process on the test Neo4j, on a port of its own choosing. */
async function startReplica(): Promise<Replica> {
  const env = {
    ...process.env,
    ...testEnv(),
    ...ENV,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_WHEN_EMPTY: 'false',
    FEED_POLL_MS: '100',
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
  };
  const child = spawn(process.execPath, [path.join(root, 'dist/scripts/start.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const found = () => /GraphQL API and playground: (http:\/\/\S+)\/graphql/.exec(stderr)?.[1];
  await until(() => found() !== undefined || child.exitCode !== null, 300_000);
  if (!found()) throw new Error(`a replica did not start:\n${stderr}`);
  const url = found()!;
  await until(async () => (await fetch(`${url}/ready`).catch(() => undefined))?.status === 200, 300_000);
  return { child, url, stderr: () => stderr, exit };
}

interface Answer {
  status: number;
  body: { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  server: string;
}

/** One request on a connection of its own (no keep-alive), so a server that has stopped listening refuses it outright. */
function send(server: string, path: string, options: http.RequestOptions, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${server}${path}`, { ...options, agent: false }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text), server }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** One POST of an operation: a mutation's form, which a proxy never sends twice. */
function post(url: string, query: string, variables: Record<string, unknown>, authorization?: string): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  const headers = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...(authorization ? { authorization } : {}),
  };
  return send(url, '/graphql', { method: 'POST', headers }, body);
}

/**
 * The proxy's part, as HAProxy does it with `option httpchk GET /ready` (deploy/haproxy.cfg): each request to the
 * next server in turn among those whose last /ready check answered 200, checked every CHECK_MS; a refused
 * connection (the request never sent) goes on to another server and is counted; nothing else is sent again, so a
 * reset connection fails its request, as it fails a POST at a proxy.
 */
class ReadyRoundRobin {
  private next = 0;
  private readonly ready = new Set<string>();
  private checking = true;
  private readonly checks: Promise<void>[];
  refused = 0;
  /** When each server was first seen not ready. */
  readonly leftAt = new Map<string, number>();

  constructor(private readonly urls: string[]) {
    urls.forEach((url) => this.ready.add(url));
    this.checks = urls.map((url) => this.check(url));
  }

  private async check(url: string): Promise<void> {
    while (this.checking) {
      const status = await fetch(`${url}/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) this.ready.add(url);
      else if (this.ready.delete(url)) this.leftAt.set(url, Date.now());
      await new Promise((r) => setTimeout(r, CHECK_MS));
    }
  }

  async send(query: string, variables: Record<string, unknown>, authorization: string): Promise<Answer> {
    const start = this.next++;
    for (let i = 0; i < this.urls.length; i++) {
      const url = this.urls[(start + i) % this.urls.length];
      if (!this.ready.has(url)) continue;
      try {
        return await post(url, query, variables, authorization);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw err;
        this.refused++;
      }
    }
    throw new Error('no server was ready to take the request');
  }

  async stop(): Promise<void> {
    this.checking = false;
    await Promise.all(this.checks);
  }
}

interface Fed {
  seq: number;
  target: string;
  author: string;
}

/** A changeCommitted subscription on one server, collecting what it receives. */
function subscribe(url: string, after?: number) {
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  const received: Fed[] = [];
  const errors: unknown[] = [];
  client.subscribe<{ changeCommitted: Fed }>(
    { query: 'subscription ($after: Int) { changeCommitted(after: $after) { seq target author } }', variables: { after } },
    {
      next: (m) => (m.data ? received.push(m.data.changeCommitted) : errors.push(m.errors)),
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  const until_ = (count: number) => until(() => received.length >= count || errors.length > 0, 60_000);
  return { received, errors, waitFor: until_, close: () => client.dispose() };
}

const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const createWork = (id: string) => ({
  input: { label: 'Work', id, properties: { title: id, year: 2024 }, source: 'source:paper', locator: 'Table 7' },
});
const lastSeq = async (driver: Driver) => (await cypher(driver, 'MATCH (c:Change) RETURN coalesce(max(c.seq), 0) AS seq'))[0].seq as number;

let driver: Driver;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  driver = testDriver();
  // The seed into the emptied graph, as loadRealSeed does, but with time for a Neo4j just started on a loaded machine
  // to plan its statements (a first load took over loadRealSeed's 120 s there, 2026-12-08).
  const graph = graphOn(driver, quietLogger(), { database: testEnv().NEO4J_DATABASE, txTimeoutMs: 900_000 }, new QueryCatalog());
  await applySchema(graph, new QueryCatalog());
  await loadSeed(graph, readSeed(SEED_DIR), { reset: true });
  [a, b] = await Promise.all([startReplica(), startReplica()]);
}, 900_000); // two servers warming their plans on a loaded machine

afterAll(async () => {
  for (const replica of [a, b]) if (replica && replica.child.exitCode === null) replica.child.kill('SIGTERM');
  await Promise.all([a?.exit, b?.exit]);
  await driver?.close();
}, 120_000);

describe('two replicas on one graph', () => {
  it('feeds and reads through one what was written through the other', async () => {
    const feed = subscribe(b.url);
    await until(() => b.stderr().includes('"via":"websocket"'), 30_000); // the subscription is running
    const start = await lastSeq(driver);
    const written = await post(a.url, CREATE, createWork('work:replica-one'), editor());
    expect(written.body.errors).toBeUndefined();
    await feed.waitFor(1);
    await feed.close();
    expect(feed.errors).toEqual([]);
    expect(feed.received).toEqual([{ seq: start + 1, target: 'work:replica-one', author: 'ada' }]);
    const read = await post(b.url, '{ work(id: "work:replica-one") { id title } }', {});
    expect(read.body.data!.work).toEqual({ id: 'work:replica-one', title: 'work:replica-one' });
  }, 300_000);

  it('feeds a write made by `npm run import` as a process of its own', async () => {
    const graph = await readGraph(testExecutor(driver));
    const work = graph.nodes.find((n) => n.labels[0] === 'Work')!;
    const id = 'work:replica-imported';
    graph.nodes.push({ ...work, id, properties: { ...work.properties, id, title: 'Imported by a process' } });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'replicas-')), 'import.json');
    fs.writeFileSync(file, toJson(graph));
    const feed = subscribe(a.url, await lastSeq(driver));
    const env = { ...process.env, ...testEnv() };
    const importer = spawn(process.execPath, [path.join(root, 'dist/scripts/import.js'), '--file', file, '--author', 'import:replicas'], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
    expect(await new Promise((resolve) => importer.once('exit', resolve))).toBe(0);
    await feed.waitFor(1);
    await feed.close();
    expect(feed.errors).toEqual([]);
    expect(feed.received.map((c) => [c.target, c.author])).toEqual([[id, 'import:replicas']]);
  }, 300_000);

  it('catches a reconnecting subscriber up from its last seq, then goes on live, none twice', async () => {
    const first = subscribe(a.url);
    await until(() => a.stderr().split('"via":"websocket"').length > 2, 30_000);
    expect((await post(b.url, CREATE, createWork('work:replica-before'), editor())).body.errors).toBeUndefined();
    await first.waitFor(1);
    await first.close();
    const lastSeen = first.received[0].seq;
    for (const n of [1, 2, 3])
      expect((await post(a.url, CREATE, createWork(`work:replica-missed-${n}`), editor())).body.errors).toBeUndefined();
    const again = subscribe(b.url, lastSeen);
    await again.waitFor(3);
    expect((await post(a.url, CREATE, createWork('work:replica-live'), editor())).body.errors).toBeUndefined();
    await again.waitFor(4);
    await new Promise((r) => setTimeout(r, 500)); // room for a duplicate to arrive, were one sent
    await again.close();
    expect(again.errors).toEqual([]);
    expect(again.received.map((c) => c.target)).toEqual([1, 2, 3].map((n) => `work:replica-missed-${n}`).concat('work:replica-live'));
    expect(again.received.map((c) => c.seq)).toEqual([1, 2, 3, 4].map((n) => lastSeen + n));
  }, 300_000);

  it('applies every mutation POSTed through a round-robin client exactly once while one server drains and stops on SIGTERM', async () => {
    const client = new ReadyRoundRobin([a.url, b.url]);
    const answers: Answer[] = [];
    const failures: unknown[] = [];
    const sent: string[] = [];
    const before = await lastSeq(driver);
    let stopped = false;
    let afterStop = 0;
    let halted = false; // a failed step below ends the loops too, which would otherwise send for ever
    const loop = async () => {
      while (!halted && (!stopped || afterStop < 20)) {
        const id = `work:drain-${sent.length + 1}`;
        sent.push(id);
        try {
          answers.push(await client.send(CREATE, createWork(id), editor()));
        } catch (err) {
          failures.push(err);
        }
        if (stopped) afterStop++;
      }
    };
    const loops = [1, 2, 3, 4].map(loop);
    let during: Answer;
    let ready: Response;
    try {
      await until(() => answers.filter((x) => x.server === a.url).length >= 10, 60_000);
      a.child.kill('SIGTERM');
      await until(() => client.leftAt.has(a.url), 60_000);
      // Draining, it still serves: a mutation sent to it straight (as a proxy's request already on its way) is applied.
      during = await post(a.url, CREATE, createWork('work:drain-direct'), editor());
      ready = await fetch(`${a.url}/ready`);
      expect(await a.exit).toBe(0);
      stopped = true;
    } finally {
      halted = !stopped;
      await Promise.all(loops);
      await client.stop();
    }
    expect(failures).toEqual([]);
    expect([during.status, during.body.errors]).toEqual([200, undefined]);
    expect([ready.status, ((await ready.json()) as { status: string }).status]).toEqual([503, 'draining']);
    expect(answers.filter((x) => x.status !== 200 || x.body.errors)).toEqual([]);
    // The client left the stopping server by its /ready, before it stopped listening: nothing was refused.
    expect(client.refused).toBe(0);
    expect(answers.slice(-20).every((x) => x.server === b.url)).toBe(true);
    // Each mutation applied once: one change each, every id created, none twice.
    const changed = await cypher(driver, 'MATCH (c:Change) WHERE c.seq > $before RETURN c.target AS target ORDER BY c.seq', { before });
    expect(changed.map((c) => c.target).sort()).toEqual([...sent, 'work:drain-direct'].sort());
    console.log(`${answers.length} mutations, ${answers.filter((x) => x.server === a.url).length} through the stopping server`);
  }, 300_000);

  it('exits at once, with code 1, on a second SIGTERM during the drain', async () => {
    const client = new ReadyRoundRobin([b.url]);
    b.child.kill('SIGTERM');
    await until(() => client.leftAt.has(b.url), 60_000);
    await client.stop();
    // A second signal counts as one only a second or more after the first (scripts/start.ts, SAME_SIGNAL_MS).
    await new Promise((r) => setTimeout(r, 1100));
    b.child.kill('SIGTERM');
    // Had it waited for the drain's end, it would stop cleanly, with 0.
    expect(await b.exit).toBe(1);
  }, 300_000);
});
