/**
 * The drain before a stop (src/server/drain.ts): SHUTDOWN_DRAIN_MS read once at start, and the answers' connections
 * closed while draining, on a real HTTP server and client. Needs no Neo4j; the drain under SIGTERM with two server
 * processes is test/server/replicas.test.ts's.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logger';
import { Drain } from '../../src/server/drain';

const drainOf = (value?: string): number | string => {
  try {
    return loadConfig(value === undefined ? {} : { SHUTDOWN_DRAIN_MS: value }).shutdownDrainMs;
  } catch (err) {
    return err instanceof ConfigError ? err.message : `other: ${(err as Error).message}`;
  }
};

describe('SHUTDOWN_DRAIN_MS', () => {
  it('is 5 s unless set, and 0 turns the drain off', () => {
    expect([drainOf(), drainOf('0'), drainOf('30000')]).toEqual([5000, 0, 30000]);
  });
  it.each(['-1', '2.5', 'soon', '600001'])('refuses %s, naming the variable', (value) => {
    expect(drainOf(value)).toMatch(/^SHUTDOWN_DRAIN_MS: must be/);
  });
});

describe('a draining server', () => {
  it('closes each connection after its answer once the drain has begun, and keeps it open before', async () => {
    const drain = new Drain();
    const server = http.createServer((_req, res) => {
      drain.closeConnectionOf(res);
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const agent = new http.Agent({ keepAlive: true });
    const connectionHeader = () =>
      new Promise<string | undefined>((resolve, reject) =>
        http.get(url, { agent }, (res) => res.resume().on('end', () => resolve(res.headers.connection))).on('error', reject),
      );
    try {
      expect(drain.draining).toBe(false);
      const before = await connectionHeader();
      const draining = drain.run(0, createLogger('silent'));
      expect(drain.draining).toBe(true);
      await draining;
      expect([before, await connectionHeader()]).toEqual(['keep-alive', 'close']);
    } finally {
      agent.destroy();
      server.close();
    }
  });
});
