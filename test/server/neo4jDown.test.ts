import net from 'node:net';
import { createDriver } from '../../src/graph/driver';
import { graphql, startTestServer, TestServer } from '../support/http';
import { quietLogger } from '../support/neo4j';

/** A loopback port that nothing listens on: a Neo4j that is down. */
async function deadPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise((r) => probe.close(r));
  return port;
}

describe('with Neo4j down', () => {
  let server: TestServer;
  let driver: ReturnType<typeof createDriver>;

  beforeAll(async () => {
    driver = createDriver({ uri: `bolt://127.0.0.1:${await deadPort()}`, user: 'neo4j', password: 'x', connectTimeoutMs: 1000 }, quietLogger());
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('keeps /health at 200 but turns /ready to 503', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { status: string }).status).toBe('unavailable');
  });

  it('fails a query quickly with SERVICE_UNAVAILABLE and no stack trace', async () => {
    const started = Date.now();
    const res = await graphql(server.url, '{ graphStats { nodeCount } }', {}, {});
    expect(Date.now() - started).toBeLessThan(2000);
    expect(res.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(res)).not.toMatch(/at .*\.js:\d+/);
  });
});
