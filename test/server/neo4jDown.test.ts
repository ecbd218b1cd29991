import net from 'node:net';
import { createDriver } from '../../src/graph/driver';
import { graphql, startTestServer, TestServer } from '../support/http';
import { quietLogger } from '../support/neo4j';
import { send } from '../hardening/support';

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
    driver = createDriver(
      { uri: `bolt://127.0.0.1:${await deadPort()}`, user: 'neo4j', password: 'x', connectTimeoutMs: 1000 },
      quietLogger(),
    );
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

  it('fails a query with SERVICE_UNAVAILABLE and no stack trace', async () => {
    const res = await graphql(server.url, '{ graphStats { nodeCount } }', {}, {});
    expect(res.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(res)).not.toMatch(/at .*\.js:\d+/);
  });
});

/** A "Neo4j" that takes connections and never says a word: one hung, not down. */
async function silentServer(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const silent = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
  });
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
  return {
    port: (silent.address() as net.AddressInfo).port,
    connections: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => silent.close(r));
    },
  };
}

describe('with Neo4j hung (it takes the connection and never answers)', () => {
  let server: TestServer;
  let driver: ReturnType<typeof createDriver>;
  let silent: Awaited<ReturnType<typeof silentServer>>;

  beforeAll(async () => {
    silent = await silentServer();
    driver = createDriver({ uri: `bolt://127.0.0.1:${silent.port}`, user: 'neo4j', password: 'x', connectTimeoutMs: 1000 }, quietLogger());
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
    await silent.close();
  });

  // The silent server never answers, so any answer comes from the server giving up by itself. The bound
  // is not a speed target: it stands between the configured 1 s and the driver's own defaults (30 s to
  // connect, 60 s to acquire a connection), which a request would wait out if our timeouts were lost.
  it("answers SERVICE_UNAVAILABLE by itself, well before the driver's default timeouts", async () => {
    const reply = await send(server.url, { body: JSON.stringify({ query: '{ graphStats { nodeCount } }' }), timeoutMs: 20_000 });
    expect(reply.failure).toBeUndefined();
    expect(reply.codes).toEqual(['SERVICE_UNAVAILABLE']);
    expect(silent.connections()).toBeGreaterThan(0);
  });
});
