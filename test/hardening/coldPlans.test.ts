/**
 * Cold plans after a Neo4j restart (issue 32, finding 6), on a Neo4j of this test's own (test-warm-plans):
 * the server warms Neo4j's plans with every saved query of queries/ at start and again when Neo4j comes
 * back, and only then says ready; a burst of 50 clients sending saved query 01 right after is served,
 * every answer alike, where with cold plans each of them timed out.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import type { StatementEvent } from '../../src/graph/graph';
import { createServer, GraphServer } from '../../src/server/app';
import { readSavedQueries } from '../../src/server/pages';
import { quietLogger, recordingLogger } from '../support/neo4j';
import { until } from '../support/wait';
import { gql, OwnNeo4j, send } from './support';

const SAVED = readSavedQueries(path.join(__dirname, '..', '..', 'queries'));
const QUERY_01 = SAVED.find((q) => q.number === '01')!;
const WARM_UP = 'warm-up:';
const CLIENTS = 50;

const neo4j = new OwnNeo4j('test-warm-plans', 22787, 22774);
const statements: StatementEvent[] = [];
const log = recordingLogger('info');
let serverDriver: Driver;
let server: GraphServer;
let url: string;

beforeAll(async () => {
  await neo4j.startSeeded();
  const config = loadConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'silent' });
  serverDriver = createDriver(
    { uri: neo4j.uri, user: 'neo4j', password: neo4j.password, connectTimeoutMs: config.neo4jConnectTimeoutMs },
    quietLogger(),
  );
  server = await createServer({
    config,
    driver: serverDriver,
    logger: log.logger,
    onStatement: (e) => statements.push(e),
    warmPlans: true,
  });
  url = await server.listen(0, '127.0.0.1');
}, 300_000);
afterAll(async () => {
  await server?.close();
  await serverDriver?.close();
  await neo4j.remove();
}, 120_000);

const ready = async () => (await send(url, { method: 'GET', path: '/ready', timeoutMs: 30_000 })).status === 200;

/**
 * The warm-up rounds seen so far: for each, the saved queries' files in the order their statements came.
 * A round ends where the saved query it began with comes again; within one, each query's statements form
 * one run (the queries went one after another, not interleaved).
 */
function warmUpRounds(from = 0): string[][] {
  const rounds: string[][] = [];
  for (const e of statements.slice(from)) {
    const file = e.requestId?.startsWith(WARM_UP) ? e.requestId.slice(WARM_UP.length) : undefined;
    if (file === undefined) continue;
    const round = rounds.at(-1);
    if (round === undefined || (file === SAVED[0].file && round.at(-1) !== file)) rounds.push([file]);
    else if (round.at(-1) !== file) round.push(file);
  }
  return rounds;
}

const warmLines = () => log.lines.filter((l) => /^warmed the plans of \d+ saved queries in \d+ ms/.test(l.msg));

/** The statement names one request sent, by its request id. */
const namesOf = (requestId: string) => new Set(statements.filter((e) => e.requestId === requestId).map((e) => e.query));

describe('the plans of the saved queries, warmed', () => {
  it('at start, every saved query once, in order, before /ready says ready, with one log line', async () => {
    expect(await until(ready, 400_000)).toBe(true);
    expect(warmUpRounds()).toEqual([SAVED.map((q) => q.file)]);
    // On a loaded machine a query of the warm-up may fail (logged, never fatal); each is run all the same.
    expect(warmLines().map((l) => [l.savedQueries, l.reason])).toEqual([[SAVED.length, 'start']]);
  }, 500_000);

  it('again after Neo4j restarts, so that 50 clients sending saved query 01 at once all get the same answer, none an error', async () => {
    const before = await gql(url, QUERY_01.text);
    expect(before.codes).toEqual([]);

    const restartedFrom = statements.length;
    await neo4j.stop();
    expect(await until(async () => (await send(url, { method: 'GET', path: '/ready' })).status === 503, 60_000)).toBe(true);
    await neo4j.start();
    expect(await until(ready, 400_000)).toBe(true);
    const roundsAfterRestart = warmUpRounds(restartedFrom);
    const linesAfterRestart = warmLines().slice(1);

    const burst = await Promise.all(Array.from({ length: CLIENTS }, () => gql(url, QUERY_01.text, {}, {}, 120_000)));
    const outcomes = burst.map((r) => (r.failure ? `no answer (${r.failure})` : `${r.status} ${r.codes.join(',') || 'ok'}`));
    console.log(
      `${CLIENTS} clients after the restart: ${[...new Set(outcomes)].map((o) => `${o} x${outcomes.filter((x) => x === o).length}`)}`,
    );

    const errors = new Set(statements.filter((e) => e.error && !e.requestId?.startsWith(WARM_UP)).map((e) => `${e.query}: ${e.error}`));
    if (errors.size > 0) console.log(`statements that failed:\n${[...errors].join('\n')}`);
    expect(outcomes).toEqual(Array.from({ length: CLIENTS }, () => '200 ok'));
    expect(new Set(burst.map((r) => r.text))).toEqual(new Set([before.text]));
    expect(roundsAfterRestart).toEqual([SAVED.map((q) => q.file)]);
    expect(linesAfterRestart.map((l) => [l.savedQueries, l.reason])).toEqual([[SAVED.length, 'neo4j answers again']]);
    // The warm-up planned exactly what a request for saved query 01 sends.
    const burstIds = new Set(statements.filter((e) => !e.requestId?.startsWith(WARM_UP) && e.query !== 'ping').map((e) => e.requestId!));
    const warmed = namesOf(`${WARM_UP}${QUERY_01.file}`);
    for (const id of burstIds) expect([...namesOf(id)].filter((n) => !warmed.has(n))).toEqual([]);
  }, 900_000);
});
