/**
 * The transaction timeout (NEO4J_TX_TIMEOUT_MS): a statement that runs past it is stopped by Neo4j,
 * the client hears QUERY_TIMEOUT, and the server and database carry on. The slow statement lives in a
 * test-only catalog (slowCypher/), standing in for one of the API's own; the public API has none.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { createServer, GraphServer } from '../../src/server/app';
import type { StatementEvent } from '../../src/graph/graph';
import { cypher, quietLogger, testConfig, testDriver } from '../support/neo4j';
import { loadRealSeed } from '../seed/graphChecksum';
import { catalogWithSlowNodeCount, gql, send } from './support';

describe('the transaction timeout', () => {
  let driver: Driver;
  let server: GraphServer;
  let url: string;
  let dir: string;
  const statements: StatementEvent[] = [];

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
    const slow = catalogWithSlowNodeCount();
    dir = slow.dir;
    server = await createServer({
      config: testConfig({ NEO4J_TX_TIMEOUT_MS: '1000' }),
      driver,
      logger: quietLogger(),
      catalog: slow.catalog,
      onStatement: (e) => statements.push(e),
    });
    url = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('defaults to 10 s for requests', () => {
    expect(loadConfig({}).neo4jTxTimeoutMs).toBe(10_000);
  });

  it('stops a statement that runs past it, answers QUERY_TIMEOUT, and leaves nothing running in Neo4j', async () => {
    const reply = await gql(url, '{ graphStats { nodeCount } }', {}, { 'x-request-id': 'slow-query-1' });
    expect(reply.status).toBe(200);
    expect(reply.codes).toEqual(['QUERY_TIMEOUT']);
    expect(reply.body.errors[0].message).toMatch(/time limit/);
    // It ran until the limit: stopped by the timeout, not refused at once. (Left alone it would run for minutes.)
    expect(reply.ms).toBeGreaterThanOrEqual(1000);
    const slow = statements.find((s) => s.query === 'nodeCount' && s.requestId === 'slow-query-1')!;
    expect(slow.error).toMatch(/terminated|timeout/i);

    const running = await cypher(
      driver,
      'SHOW TRANSACTIONS YIELD metaData, currentQuery RETURN metaData.requestId AS requestId, currentQuery',
    );
    expect(running.filter((t) => t.requestId === 'slow-query-1')).toEqual([]);
  });

  it('stays healthy: /ready answers 200 and other queries are answered in full', async () => {
    expect((await send(url, { method: 'GET', path: '/ready' })).status).toBe(200);
    // A lookup by id, one index seek: well inside this server's 1 s limit even on a loaded machine, where
    // a count over every work need not be.
    const reply = await gql(url, '{ node(id: "region:hong-kong") { id ... on Region { name } } }');
    expect(reply.codes).toEqual([]);
    expect(reply.body.data).toEqual({ node: { id: 'region:hong-kong', name: 'Hong Kong' } });
  });
});
