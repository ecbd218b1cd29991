/**
 * Slow clients, over real sockets: one sending its body a byte at a time and one its headers so are
 * cut off with 408 and a code once the configured limits pass, an idle keep-alive connection is
 * closed, and a normal client is served all the while. The limits are validated at start.
 */
import http from 'node:http';
import net from 'node:net';
import { ConfigError, loadConfig } from '../../src/config/config';
import { sleep } from '../hardening/support';
import { graphql, startTestServer, TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';
import type { Driver } from 'neo4j-driver';

// Long enough for a normal client to be served several times over on a loaded machine while the slow one waits.
const TIMEOUTS = { HTTP_REQUEST_TIMEOUT_MS: '10000', HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000' };

/** Writes `head` at once, then one byte of `drip` every 250 ms (never more than its length), and returns what came back. */
function slowClient(url: string, head: string, drip: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let answer = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (d) => {
      answer += d;
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve(answer);
    });
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent < drip.length && socket.writable) socket.write(drip[sent++]);
      }, 250);
    });
  });
}

/** A normal client asking one query after another until `done`; the statuses it got. */
async function normalClient(url: string, done: () => boolean): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 500 && !done(); i++) {
    const res = await graphql(url, '{ graphStats { nodeCount } }');
    statuses.push(res.errors ? -res.status : res.status);
    await sleep(100);
  }
  return statuses;
}

describe('slow clients', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, TIMEOUTS);
    await graphql(server.url, '{ graphStats { nodeCount } }'); // the first query on a fresh database is the slow one
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it.each([
    [
      'its body a byte at a time',
      'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 400\r\n\r\n',
      '{"query":"{ __typename }"'.padEnd(400, ' '),
    ],
    [
      'its headers a byte at a time',
      'POST /graphql HTTP/1.1\r\n',
      `host: x\r\ncontent-type: application/json\r\nx-padding: ${'p'.repeat(300)}\r\n\r\n`,
    ],
  ])(
    'cuts off a client sending %s with 408, serving a normal client meanwhile',
    async (_what, head, drip) => {
      let finished = false;
      const slow = slowClient(server.url, head, drip).finally(() => {
        finished = true;
      });
      const normal = await normalClient(server.url, () => finished);
      const answer = await slow;
      expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
      expect(body.errors[0].extensions).toEqual({ code: 'REQUEST_TIMEOUT', limit: 10_000 });
      expect(normal.length).toBeGreaterThanOrEqual(3);
      expect(normal.every((s) => s === 200)).toBe(true);
    },
    120_000,
  );

  it('closes a keep-alive connection left idle', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const { hostname, port } = new URL(server.url);
    const closed = await new Promise<boolean>((resolve) => {
      http.get({ hostname, port, path: '/health', agent }, (res) => {
        res.resume();
        res.socket.once('close', () => resolve(true));
      });
      setTimeout(() => resolve(false), 30_000);
    });
    agent.destroy();
    expect(closed).toBe(true);
  }, 60_000);
});

describe('HTTP time limits in the configuration', () => {
  it.each([
    [{ HTTP_REQUEST_TIMEOUT_MS: 'soon' }, 'HTTP_REQUEST_TIMEOUT_MS', /whole number/],
    [{ HTTP_REQUEST_TIMEOUT_MS: '10' }, 'HTTP_REQUEST_TIMEOUT_MS', /between 1000 and/],
    [
      { HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' },
      'HTTP_HEADERS_TIMEOUT_MS',
      /at most HTTP_REQUEST_TIMEOUT_MS \(5000\)/,
    ],
    [{ HTTP_KEEP_ALIVE_TIMEOUT_MS: '-1' }, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', /whole number/],
  ])('refuses %j naming %s', (env, variable, problem) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(problem);
  });

  it('has defaults that bound every request', () => {
    expect(loadConfig({}).http).toEqual({ requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 5000 });
  });
});
