/**
 * Issue 32, finding 3: with one slow read running and one createEntity's commit queued behind it, every
 * lookup used to wait behind the commit until the slow read timed out. Now a waiting commit holds new
 * reads back for at most one window (COMMIT_GATE_HOLD_BACK_MS, src/graph/commitGate.ts): the lookups
 * answer while the slow read still runs, and the write commits after it, never while a read is in.
 * The real server and Neo4j; the slow read is `graphStats { nodeCount }` over a test-only statement
 * (slowCypher/) that would run for minutes: the test ends it (TERMINATE TRANSACTION) once the lookups are
 * answered, so it is certain to have outlasted them. Order of events only, no timings.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { gateOf } from '../../src/graph/executor';
import type { StatementEvent } from '../../src/graph/graph';
import { createServer, GraphServer } from '../../src/server/app';
import { loadRealSeed } from '../seed/graphChecksum';
import { cypher, quietLogger, testConfig, testDriver } from '../support/neo4j';
import { catalogWithSlowNodeCount, EDITOR, gql, sleep, TOKEN_ENV } from './support';

const PROBE = 'work:fair-reads-probe';
const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const LOOKUP = '{ node(id: "region:hong-kong") { id ... on Region { name } } }';
const PROBE_LOOKUP = `{ node(id: "${PROBE}") { id } }`;

describe('reads behind a write queued behind a slow read', () => {
  let driver: Driver;
  let server: GraphServer;
  let url: string;
  let dir: string;
  /** What happened, in order: statements as they end, and answers as they arrive. */
  const events: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
    await cypher(driver, 'MATCH (n {id: $id}) DETACH DELETE n', { id: PROBE });
    const slow = catalogWithSlowNodeCount();
    dir = slow.dir;
    server = await createServer({
      // Far longer than the test needs: the test, not the timeout, ends the slow read.
      config: testConfig({ ...TOKEN_ENV, NEO4J_TX_TIMEOUT_MS: '120000' }),
      driver,
      logger: quietLogger(),
      catalog: slow.catalog,
      onStatement: (e: StatementEvent) => {
        if (e.query === 'nodeCount') events.push(`slow read ended${e.error ? ' (terminated)' : ''}`);
      },
    });
    url = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.close();
    await cypher(driver, 'MATCH (n {id: $id}) DETACH DELETE n', { id: PROBE });
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const slowTransactions = () =>
    cypher(
      driver,
      // The slow read's, not this statement's own (whose text holds the same words).
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'range(1, 4000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN transactionId",
    );

  /** Waits, a moment at a time, until the gate of this server's driver is in the state wanted; fails if `events` get ahead. */
  async function gateReaches(wanted: { reads: number; commits: number; waiting: number }): Promise<void> {
    const gate = gateOf(driver);
    const seen = events.length;
    while (JSON.stringify(gate.state) !== JSON.stringify(wanted)) {
      if (events.length > seen) throw new Error(`gate ${JSON.stringify(gate.state)}, wanted ${JSON.stringify(wanted)}; events: ${events}`);
      await sleep(5);
    }
  }

  it('answers lookups while the slow read runs, and commits the write after it', async () => {
    // The slow read and the write outlast the client's usual 30 s on a loaded machine; the test ends the read itself.
    const slow = gql(url, '{ graphStats { nodeCount } }', {}, {}, 300_000).then((reply) => {
      events.push('slow read answered');
      return reply;
    });
    // graphStats reads two quick counts before the slow one: the write is queued only once the slow one runs.
    while ((await slowTransactions()).length === 0) await sleep(5);
    await gateReaches({ reads: 1, commits: 0, waiting: 0 });
    const input = {
      label: 'Work',
      id: PROBE,
      properties: { title: 'Fair Reads Probe' },
      source: 'source:paper',
      locator: 'fair reads test',
    };
    const write = gql(url, CREATE, { input }, { authorization: EDITOR }, 300_000).then((reply) => {
      events.push(`write answered ${reply.text}`);
      return reply;
    });
    // The write's statement has run; its commit waits behind the slow read.
    await gateReaches({ reads: 1, commits: 0, waiting: 1 });

    for (let n = 1; n <= 3; n++) {
      const lookup = await gql(url, LOOKUP);
      events.push(`lookup ${n} answered`);
      expect(lookup.failure).toBeUndefined();
      expect(lookup.codes).toEqual([]);
      expect(lookup.body.data.node).toEqual({ id: 'region:hong-kong', name: 'Hong Kong' });
    }
    // A read of the new work answers too, and does not see it: its commit is not applied yet.
    const probe = await gql(url, PROBE_LOOKUP);
    events.push('probe lookup answered');
    expect(probe.body).toEqual({ data: { node: null } });

    expect(gateOf(driver).state).toEqual({ reads: 1, commits: 0, waiting: 1 });

    const [slowTx] = await slowTransactions();
    await cypher(driver, 'TERMINATE TRANSACTIONS $id', { id: slowTx.transactionId });
    const [slowReply, writeReply] = await Promise.all([slow, write]);
    expect(slowReply.codes).toHaveLength(1);
    expect(writeReply.codes).toEqual([]);
    expect(writeReply.body.data.createEntity).toEqual({ id: PROBE });
    expect(events.slice(0, 5)).toEqual([
      'lookup 1 answered',
      'lookup 2 answered',
      'lookup 3 answered',
      'probe lookup answered',
      'slow read ended (terminated)',
    ]);
    expect(events.findIndex((e) => e.startsWith('write answered'))).toBeGreaterThan(events.indexOf('slow read ended (terminated)'));
    expect((await gql(url, PROBE_LOOKUP)).body).toEqual({ data: { node: { id: PROBE } } });
    expect(gateOf(driver).state).toEqual({ reads: 0, commits: 0, waiting: 0 });
  });
});
