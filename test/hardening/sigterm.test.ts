/**
 * SIGTERM under load, as a process manager sends it: `npm start`'s entry point (dist/scripts/start.js)
 * runs against the test Neo4j (NEO4J_URI set, so Neo4j itself is left running). A request in flight
 * when the signal comes finishes, a new connection is refused, and the process exits 0 within a bound.
 * No drain (SHUTDOWN_DRAIN_MS=0): listening stops at once; the drain is test/server/replicas.test.ts's.
 */
import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { testEnv } from '../support/neo4j';
import { gql, Load, requestInFlight as heldRequest, sleep, Tally } from './support';

const startScript = path.join(__dirname, '..', '..', 'dist', 'scripts', 'start.js');
const EXIT_BOUND_MS = 15_000;

function startServer(): { child: ChildProcess; url: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [startScript], {
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      ...testEnv(),
      PORT: '0',
      SEED_WHEN_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      SHUTDOWN_DRAIN_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d) => {
      stderr += d;
      const match = /GraphQL API and playground: (http:\/\/\S+)\/graphql/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`the server exited before it was ready: ${stderr}`)));
  });
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, url, exit };
}

/** A request held in flight; its answer is the reply's status and parsed body. */
function requestInFlight(url: string, query: string) {
  const inFlight = heldRequest(url, query);
  const answer = inFlight.answer.then((reply) => ({ status: reply.status, body: JSON.parse(reply.text) }));
  return { answer, finish: inFlight.finish };
}

/** Opens a new connection and reports how it went: 'refused', 'reset', or the HTTP status. */
function newConnection(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const req = http.request({ hostname, port, path: '/health', agent: false, timeout: 5000 }, (res) => {
      res.resume();
      resolve(String(res.statusCode));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED' ? 'refused' : (err.code ?? 'error')));
    req.end();
  });
}

describe('SIGTERM under load', () => {
  let server: ReturnType<typeof startServer>;
  afterAll(() => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('finishes the requests in flight, refuses new ones, and exits 0 within the bound', async () => {
    server = startServer();
    const url = await server.url;
    const query = '{ works(first: 20) { totalCount nodes { id title releases { year } } } }';
    const load = new Load(10, 2000, 60_000, () => gql(url, query, {}, {}, 10_000));
    await sleep(4000);
    const inFlight = requestInFlight(url, query);
    await sleep(300);

    const signalled = Date.now();
    server.child.kill('SIGTERM');
    await sleep(500);
    const fresh = await newConnection(url);
    inFlight.finish();
    const finished = await inFlight.answer;
    let bound: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      server.exit,
      new Promise((r) => {
        bound = setTimeout(() => r('still running'), EXIT_BOUND_MS);
      }),
    ]);
    clearTimeout(bound);
    const exitedAfterMs = Date.now() - signalled;
    const shots = await load.stop();

    const outcomes = new Tally();
    for (const s of shots)
      outcomes.add(
        s.reply.failure
          ? `no answer (${s.startedAt < signalled ? 'sent before' : 'sent after'} SIGTERM)`
          : `${s.reply.status} ${s.reply.codes.join(',') || 'ok'}`,
      );
    console.log(
      `${shots.length} requests by 10 clients: ${outcomes}; new connection after SIGTERM: ${fresh}; exit code ${code} after ${exitedAfterMs} ms`,
    );

    expect(finished.status).toBe(200);
    expect(typeof finished.body.data.works.totalCount).toBe('number');
    expect(fresh).toBe('refused');
    expect(code).toBe(0);
    expect(exitedAfterMs).toBeLessThan(EXIT_BOUND_MS);
    // Every answer that came back is whole and good; the only other outcome is a refused connection.
    expect(shots.filter((s) => !s.reply.failure).every((s) => s.reply.status === 200 && s.reply.codes.length === 0)).toBe(true);
    expect(shots.filter((s) => s.reply.failure && s.startedAt + s.reply.ms < signalled)).toEqual([]);
    expect(shots.filter((s) => !s.reply.failure).length).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
