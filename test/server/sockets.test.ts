/**
 * The WebSocket endpoint (src/server/subscriptions.ts) under the HTTP path's limits, over a real server and
 * real sockets: a message over MAX_BODY_BYTES is refused by its size while /health answers; a document over a
 * limit gets the code HTTP gives it (each asked of both, in the same test); a parse failure is an answer, not a
 * closed socket; production hides hints; and the socket's own limits hold: sockets per client, operations
 * per socket, a bad token when connecting, and a client that stops reading.
 */
import type { Driver } from 'neo4j-driver';
import { getIntrospectionQuery } from 'graphql';
import { SLOW_CONSUMER } from '../../src/server/subscriptions';
import { graphql, startTestServer, TestServer } from '../support/http';
import { recordingLogger, testDriver } from '../support/neo4j';
import { Answer, codesOf, GraphQLSocket } from '../support/sockets';
import { curatorToken, tokenEnv } from '../support/tokens';
import { until } from '../support/wait';

const ENV = tokenEnv('sockets-test-secret-of-at-least-32-chars', 'https://sockets.test');

let driver: Driver;
const servers: TestServer[] = [];
const sockets: GraphQLSocket[] = [];

async function serverWith(env: Record<string, string> = {}, logger = recordingLogger('warn').logger): Promise<TestServer> {
  const server = await startTestServer(driver, { ...ENV, ...env }, logger);
  servers.push(server);
  return server;
}

async function open(url: string, params?: Record<string, unknown>): Promise<GraphQLSocket> {
  const socket = await GraphQLSocket.open(url, params);
  sockets.push(socket);
  return socket;
}

let plain: TestServer;
beforeAll(async () => {
  driver = testDriver();
  plain = await serverWith();
});
afterAll(async () => {
  for (const s of sockets) s.socket.terminate();
  for (const s of servers) await s.close();
  await driver.close();
});

/** The codes of one query over HTTP and over a socket, and the socket's answer. */
async function overBoth(server: TestServer, query: string): Promise<{ http: string[]; ws: string[]; answer: Answer }> {
  const overHttp = await graphql(server.url, query);
  const socket = await open(server.url);
  const answer = (await socket.operation(query))!;
  return { http: (overHttp.errors ?? []).map((e) => e.extensions?.code), ws: codesOf(answer), answer };
}

/** A subscribe message of `aliases` aliases of __typename, as one string (cheap to build at any size). */
const aliasMessage = (aliases: number): string =>
  `{"id":"1","type":"subscribe","payload":{"query":"subscription { ${'a: __typename '.repeat(aliases)}}"}}`;

describe('the HTTP limits, over WebSocket', () => {
  it.each([
    ['98.9 MB', 7_064_000],
    ['4.6 MB', 330_000],
  ])(
    'refuses a %s message by its size, before reading it, while /health answers',
    async (_size, aliases) => {
      const { logger, lines } = recordingLogger('info');
      const server = await serverWith({}, logger);
      const socket = await open(server.url);
      const message = aliasMessage(aliases);
      socket.socket.send(message);
      const [closed, health] = await Promise.all([socket.closed, fetch(`${server.url}/health`)]);
      expect(message.length).toBeGreaterThan(aliases * 14);
      expect(closed.code).toBe(1009); // ws: "Message Too Big"
      expect(health.status).toBe(200);
      // Nothing was parsed: no operation reached the pipeline.
      expect(lines.filter((l) => l.msg === 'operation')).toEqual([]);
      expect(lines.map((l) => l.msg)).toContain('websocket closed for a bad message');
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    },
    120_000,
  );

  it('answers 1,000 aliases of works(first: 100) with the code HTTP gives, TOO_MANY_TOKENS', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: works(first: 100) { totalCount }`).join(' ')} }`;
    plain.statements.length = 0;
    const { http, ws } = await overBoth(plain, query);
    expect(ws).toEqual(['TOO_MANY_TOKENS']);
    expect(ws).toEqual(http);
    expect(plain.statements).toEqual([]);
  });

  it('answers a query 41 levels deep with QUERY_TOO_DEEP, as HTTP does', async () => {
    // work > 19 × (airings > node) > airings > year: 41 fields deep
    const query = `{ work(id: "work:x") { ${'airings { node { ... on Work { '.repeat(19)}airings { year }${' } } }'.repeat(19)} } }`;
    const { http, ws } = await overBoth(plain, query);
    expect(ws).toEqual(['QUERY_TOO_DEEP']);
    expect(ws).toEqual(http);
  });

  it('answers too many aliases, a too costly query and too deep input with the codes HTTP gives', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const costly = '{ works(first: 100) { nodes { airings { node { ... on Work { airings { year } } } } } } }';
    const deepInput = `{ works(first: 5, filter: ${'{NOT: '.repeat(40)}{field: "title", eq: "x"}${'}'.repeat(40)}) { totalCount } }`;
    plain.statements.length = 0;
    for (const [query, code] of [
      [aliases, 'TOO_MANY_ALIASES'],
      [costly, 'QUERY_TOO_COSTLY'],
      [deepInput, 'INPUT_TOO_DEEP'],
    ]) {
      const { http, ws, answer } = await overBoth(plain, query);
      expect(ws).toEqual([code]);
      expect(ws).toEqual(http);
      expect(answer.type).toBe('error');
      expect(answer.payload[0].extensions.http).toBeUndefined();
    }
    expect(plain.statements).toEqual([]);
  });

  it('answers a document that does not parse with GRAPHQL_PARSE_FAILED and keeps the socket open', async () => {
    const socket = await open(plain.url);
    const answer = (await socket.operation('{ works(first: '))!;
    expect(answer.type).toBe('error');
    expect(codesOf(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.payload[0].message).toMatch(/Syntax Error/);
    const after = (await socket.operation('{ __typename }'))!;
    expect(after).toEqual({ type: 'next', payload: { data: { __typename: 'Query' } } });
  });

  it('refuses a mutation over the socket, naming HTTP as its door, and writes nothing', async () => {
    const socket = await open(plain.url, { authorization: curatorToken(ENV, 'ada', ['editor']) });
    plain.statements.length = 0;
    const answer = (await socket.operation('mutation { deleteEntity(id: "work:x") { id } }'))!;
    expect(codesOf(answer)).toEqual(['BAD_REQUEST']);
    expect(answer.payload[0].message).toMatch(/over HTTP POST/);
    expect(plain.statements).toEqual([]);
  });

  it('hides "Did you mean" hints in production, and shows them otherwise', async () => {
    const production = await serverWith({ NODE_ENV: 'production' });
    const typo = '{ wrks(first: 1) { totalCount } }';
    const hidden = (await (await open(production.url)).operation(typo))!;
    const shown = (await (await open(plain.url)).operation(typo))!;
    expect(codesOf(hidden)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codesOf(shown)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(shown.payload[0].message).toMatch(/Did you mean/);
    expect(hidden.payload[0].message).not.toMatch(/Did you mean/);
  });
});

describe("the socket's own limits", () => {
  it('refuses a client more sockets than WS_MAX_CONNECTIONS_PER_CLIENT with 429, and takes one again once one closes', async () => {
    const server = await serverWith({ WS_MAX_CONNECTIONS_PER_CLIENT: '2' });
    const first = await open(server.url);
    await open(server.url);
    const third = await open(server.url);
    expect(third.refused?.status).toBe(429);
    expect(JSON.parse(third.refused!.body).errors[0].extensions).toEqual({ code: 'TOO_MANY_CONNECTIONS', limit: 2 });
    await first.close();
    const again = await open(server.url);
    expect(again.refused).toBeUndefined();
    expect(again.acknowledged).toBe(true);
  });

  it('refuses more operations on one socket than WS_MAX_SUBSCRIPTIONS_PER_CONNECTION, and takes one once one completes', async () => {
    const server = await serverWith({ WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2' });
    const socket = await open(server.url);
    const subscription = 'subscription { changeCommitted { seq } }';
    const first = socket.start(subscription);
    socket.start(subscription);
    const third = (await socket.operation(subscription))!;
    expect(codesOf(third)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(third.payload[0].extensions).toMatchObject({ limit: 2, actual: 3 });
    socket.complete(first);
    // The socket handles its messages in order: once the complete is handled, a query fits again.
    expect((await socket.operation('{ __typename }'))!.type).toBe('next');
  });

  it('closes a socket whose connectionParams carry a bad token, and opens one with a good token or none', async () => {
    const forged = await open(plain.url, { authorization: 'Bearer not.a.token' });
    expect(await forged.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/^Not authenticated: /) });
    const wrongKey = await open(plain.url, {
      authorization: curatorToken({ ...ENV, JWT_SECRET: 'another-secret-of-at-least-32-characters' }, 'ada', ['editor']),
    });
    expect((await wrongKey.closed).code).toBe(4403);
    const notText = await open(plain.url, { authorization: 42 });
    expect((await notText.closed).code).toBe(4403);
    expect((await open(plain.url, { authorization: curatorToken(ENV, 'ada', ['editor']) })).acknowledged).toBe(true);
    expect((await open(plain.url)).acknowledged).toBe(true);
  });

  it('closes a socket whose client leaves more than WS_MAX_BUFFERED_BYTES unread', async () => {
    const { logger, lines } = recordingLogger('info');
    const server = await serverWith({ WS_MAX_BUFFERED_BYTES: '65536', WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '1000' }, logger);
    const socket = await open(server.url);
    const introspection = getIntrospectionQuery();
    const answerBytes = JSON.stringify((await socket.operation(introspection))!.payload).length;
    socket.socket.pause(); // the client stops reading
    // Far more than the kernel's buffers on both sides hold, so the server's own queue must grow.
    const count = Math.ceil(32_000_000 / answerBytes);
    for (let i = 0; i < count; i++) socket.start(introspection);
    // Read again once the server has answered every one (each answer is logged as it is sent or dropped).
    expect(await until(() => lines.filter((l) => l.msg === 'operation').length > count, 100_000)).toBe(true);
    socket.socket.resume();
    const closed = await socket.closed;
    expect(closed.code).toBe(SLOW_CONSUMER);
    expect(closed.reason).toMatch(/Slow consumer: more than 65536 bytes unread/);
  }, 120_000);
});
