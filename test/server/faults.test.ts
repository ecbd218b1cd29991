import fs from 'node:fs';
import { createDriver } from '../../src/graph/driver';
import { localInstance } from '../../src/localdb/instance';
import { start, stop } from '../../src/localdb/localNeo4j';
import { graphql, startTestServer, TestServer } from '../support/http';
import { cypher, quietLogger, testDriver } from '../support/neo4j';

describe('a field error leaves the rest of the answer intact', () => {
  it('answers the good fields and reports the bad one with its path and code', async () => {
    const driver = testDriver();
    const server = await startTestServer(driver);
    try {
      const res = await graphql(server.url, '{ good: graphStats { nodeCount } bad: works(first: 500) { totalCount } }');
      // The history (:Change, :ChangeLog) is not part of the graph's counts, and files before this one may have written some.
      const [{ count }] = await cypher(driver, 'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog RETURN count(n) AS count');
      expect(res.data!.good.nodeCount).toBe(count);
      expect(res.data!.bad).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].path).toEqual(['bad']);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    } finally {
      await server.close();
      await driver.close();
    }
  });
});

describe('Neo4j going away and coming back', () => {
  const instance = localInstance('test-recovery', {
    TEST_NEO4J_BOLT_PORT: '17987',
    TEST_NEO4J_HTTP_PORT: '17974',
    TEST_NEO4J_HEAP: '256m',
    TEST_NEO4J_PAGECACHE: '64m',
  });
  let server: TestServer;
  let driver: ReturnType<typeof createDriver>;
  let child: Awaited<ReturnType<typeof start>>['child'];

  beforeAll(async () => {
    fs.rmSync(instance.home, { recursive: true, force: true });
    const started = await start(instance, { tied: true, log: () => {} });
    child = started.child;
    driver = createDriver(
      { uri: started.boltUri, user: started.user!, password: started.password!, connectTimeoutMs: 1000 },
      quietLogger(),
    );
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
    await stop(instance, child);
    fs.rmSync(instance.home, { recursive: true, force: true });
  });

  /** The query's answer once it comes without errors (a Neo4j just started may take a while to serve), or the last one. */
  async function servedAnswer(query: string) {
    const deadline = Date.now() + 30_000;
    let answer = await graphql(server.url, query);
    while (answer.errors && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      answer = await graphql(server.url, query);
    }
    return answer;
  }

  it('fails with SERVICE_UNAVAILABLE while it is down, and serves again once it is back, without a restart', async () => {
    const query = '{ graphStats { nodeCount } }';
    expect((await servedAnswer(query)).data!.graphStats.nodeCount).toBe(0);

    // Neo4j stays down until this request is answered, so the answer cannot have waited for it to come back.
    await stop(instance, child);
    const down = await graphql(server.url, query);
    expect(down.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down)).not.toMatch(/stacktrace|\.js:\d+/);
    expect((await fetch(`${server.url}/ready`)).status).toBe(503);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    child = (await start(instance, { tied: true, log: () => {} })).child;
    const back = await servedAnswer(query);
    expect(back.errors).toBeUndefined();
    expect(back.data!.graphStats.nodeCount).toBe(0);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });
});
