/**
 * A plain JSON POST /graphql is answered on Node's http server directly (src/server/graphqlPost.ts);
 * every other request goes through Express. The same request sent both ways (the Express way by
 * leaving out its declared length, so the body arrives chunked) must get the same answer, good or bad.
 */
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { isPlainGraphQLPost } from '../../src/server/graphqlPost';
import { startTestServer, TestServer } from '../support/http';
import { recordingLogger, testDriver } from '../support/neo4j';

interface Answer {
  status: number;
  type: string | undefined;
  requestId: string | undefined;
  body: unknown;
}

/** POSTs `body` to /graphql, with its length declared (the direct path) or chunked (through Express). */
function post(url: string, body: string, declared: boolean, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(declared ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: res.headers['content-type']?.split(';')[0],
            requestId: res.headers['x-request-id'] as string | undefined,
            body: JSON.parse(text),
          }),
        );
      },
    );
    req.on('error', reject);
    if (!declared) req.setHeader('transfer-encoding', 'chunked');
    req.end(body);
  });
}

describe('POST /graphql on the direct path and through Express', () => {
  let driver: Driver;
  let server: TestServer;
  // Each request's log line says which way it was answered (`via`), logged once the answer is sent.
  const log = recordingLogger('info');
  let sent = 0;
  const tagged = () => ({ 'x-request-id': `graphql-post-${++sent}` });
  async function wayOf(requestId: string): Promise<string> {
    for (let tries = 0; tries < 200; tries++) {
      const line = log.lines.find((l) => l.msg === 'request' && l.requestId === requestId);
      if (line) return line.via as string;
      await new Promise((r) => setTimeout(r, 50));
    }
    return 'not logged';
  }

  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, { ALLOW_BATCHED_HTTP: 'true', MAX_OPERATIONS: '2' }, log.logger);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('takes the direct path only for a declared, small JSON body without content encoding', () => {
    const req = (headers: Record<string, string>, method = 'POST', url = '/graphql') =>
      ({ method, url, headers }) as unknown as http.IncomingMessage;
    const json = { 'content-type': 'application/json', 'content-length': '20' };
    expect(isPlainGraphQLPost(req(json), 100)).toBe(true);
    expect(isPlainGraphQLPost(req({ ...json, 'content-type': 'application/json; charset=utf-8' }), 100)).toBe(true);
    expect(isPlainGraphQLPost(req({ ...json, 'content-length': '101' }), 100)).toBe(false);
    expect(isPlainGraphQLPost(req({ 'content-type': 'application/json' }), 100)).toBe(false);
    expect(isPlainGraphQLPost(req({ ...json, 'content-encoding': 'gzip' }), 100)).toBe(false);
    expect(isPlainGraphQLPost(req({ ...json, 'content-type': 'text/plain' }), 100)).toBe(false);
    expect(isPlainGraphQLPost(req(json, 'GET'), 100)).toBe(false);
    expect(isPlainGraphQLPost(req(json, 'POST', '/graphql?x=1'), 100)).toBe(false);
  });

  it.each([
    ['a query', JSON.stringify({ query: '{ graphStats { nodeCount } }' }), 200],
    ['a query with a GraphQL error', JSON.stringify({ query: '{ noSuchField }' }), 400],
    ['a body that is not JSON', '{"query": ', 400],
    ['JSON that is not an object or a list', '123', 400],
    ['a batch within MAX_OPERATIONS', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 200],
    [
      'a batch over MAX_OPERATIONS',
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }]),
      400,
    ],
  ])('answers %s the same both ways', async (_what, body, status) => {
    const direct = await post(server.url, body, true, tagged());
    const viaExpress = await post(server.url, body, false, tagged());
    expect([await wayOf(direct.requestId!), await wayOf(viaExpress.requestId!)]).toEqual(['direct', 'express']);
    expect(direct.status).toBe(status);
    expect({ ...direct, requestId: undefined }).toEqual({ ...viaExpress, requestId: undefined });
    expect(direct.type).toBe('application/json');
  });

  it("gives every answer a request id, the caller's when it sends a well-formed one", async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    expect((await post(server.url, body, true, { 'x-request-id': 'trace-42' })).requestId).toBe('trace-42');
    expect((await post(server.url, body, true, { 'x-request-id': 'bad id!' })).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
