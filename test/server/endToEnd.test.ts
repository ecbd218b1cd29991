import type { Driver } from 'neo4j-driver';
import { graphql, startTestServer, TestServer } from '../support/http';
import { cypher, testDriver } from '../support/neo4j';

describe('HTTP → GraphQL → Neo4j → answer', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('answers graphStats with the counts Neo4j itself reports', async () => {
    const res = await graphql(
      server.url,
      '{ graphStats { nodeCount relationshipCount nodesByLabel { label count } relationshipsByType { type count } } }',
    );
    expect(res.errors).toBeUndefined();
    // The history (:Change, :ChangeLog) is not part of the graph's counts, and files before this one may
    // have left some: the suite's files share one test database.
    const [nodes] = await cypher(driver, 'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog RETURN count(n) AS c');
    const [rels] = await cypher(driver, 'MATCH ()-[r]->() RETURN count(r) AS c');
    expect(res.data!.graphStats.nodeCount).toBe(nodes.c);
    expect(res.data!.graphStats.relationshipCount).toBe(rels.c);
    const byType = await cypher(driver, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type');
    expect(res.data!.graphStats.relationshipsByType).toEqual(byType);
  });

  it('sends its statements as read transactions, tagged with the request id', async () => {
    server.statements.length = 0;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-e2e-1' },
      body: JSON.stringify({ query: '{ graphStats { nodeCount } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('req-e2e-1');
    expect(server.statements.map((s) => s.query).sort()).toEqual(['nodeCount', 'nodeCountsByLabel', 'relationshipCountsByType']);
    expect(server.statements.every((s) => s.mode === 'READ' && s.requestId === 'req-e2e-1')).toBe(true);
  });

  it('answers /health and /ready while Neo4j is up', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
