/**
 * Refusals before GraphQL runs, in the project's words, over real HTTP: nesting thousands deep in the
 * query text or the variables (refused before graphql-js recurses), a body over the limit whose size
 * was never declared (chunked, or compressed), and a subscription sent over HTTP.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { textNesting } from '../../src/server/limits/nesting';
import { send } from '../hardening/support';
import { startTestServer, TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';
import type { Driver } from 'neo4j-driver';

/** A POST whose body goes out in chunks, with no content-length. */
function chunkedPost(url: string, chunks: Buffer[], headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('nesting counted on the text', () => {
  it('counts selections and values apart, and leaves strings and comments out', () => {
    expect(textNesting('{ a { b(f: {x: [1, {y: 2}]}) { c } } }')).toEqual({ selections: 3, values: 3 });
    expect(textNesting('{ a(s: "{{{{[[[[", t: """ {{{{ \\""" {{ """) # {{{{{\n { b } }')).toEqual({ selections: 2, values: 0 });
    expect(textNesting('query ($x: [[Int]] = [[1]]) { a }')).toEqual({ selections: 1, values: 2 });
  });
});

describe('refusals before GraphQL', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, { MAX_BODY_BYTES: '100000' });
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });
  const post = (query: string, variables: unknown = {}) => send(server.url, { body: JSON.stringify({ query, variables }) });

  it('refuses a selection nested 5,000 deep with QUERY_TOO_DEEP, before parsing', async () => {
    const reply = await send(server.url, {
      body: JSON.stringify({ query: `{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }` }),
      headers: { 'content-type': 'application/json' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      {
        message: 'The query nests selections more than 12 levels deep; at most 12 are allowed.',
        extensions: { code: 'QUERY_TOO_DEEP', limit: 12 },
      },
    ]);
  });

  it('refuses a filter of 3,000 nested NOTs, written in the query or sent as a variable (100 by GET, in the URL), with INPUT_TOO_DEEP', async () => {
    const nots = (n: number, not: string, leaf: string) => `${not.repeat(n)}${leaf}${'}'.repeat(n)}`;
    const literal = nots(3000, '{NOT: ', '{field: "title", eq: "x"}');
    const asVariable = JSON.parse(nots(3000, '{"NOT": ', '{"field": "title", "eq": "x"}'));
    const inUrl = JSON.parse(nots(100, '{"NOT": ', '{"field": "title", "eq": "x"}'));
    const query = 'query ($f: EntityFilter) { works(first: 5, filter: $f) { totalCount } }';
    const get = await send(server.url, {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ f: inUrl }))}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    for (const reply of [await post(`{ works(first: 5, filter: ${literal}) { totalCount } }`), await post(query, { f: asVariable }), get]) {
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].extensions).toEqual({ code: 'INPUT_TOO_DEEP', limit: 32 });
    }
  });

  it('answers a chunked body over the limit with 413, the limit and how much was read', async () => {
    const reply = await chunkedPost(
      server.url,
      Array.from({ length: 200 }, () => Buffer.from(' '.repeat(1000))),
    );
    expect(reply.status).toBe(413);
    const [error] = reply.body.errors;
    expect(error.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 100000 });
    expect(error.extensions.received).toBeGreaterThan(100_000);
    expect(error.message).toBe(
      `The request body is larger than 100000 bytes (reading stopped after ${error.extensions.received} bytes); at most 100000 are allowed.`,
    );
  });

  it('answers a gzip body that inflates over the limit with 413, not "undefined bytes"', async () => {
    const gz = zlib.gzipSync(JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(500_000) }));
    const reply = await chunkedPost(server.url, [gz], { 'content-encoding': 'gzip' });
    expect(reply.status).toBe(413);
    expect(reply.body.errors[0].message).toMatch(/^The request body is larger than 100000 bytes/);
  });

  it('answers a subscription over HTTP with 400, naming the transport it needs', async () => {
    const reply = await post('subscription { changeCommitted { seq } }');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(reply.body.errors[0].message).toMatch(/WebSocket \(the graphql-ws protocol\)/);
  });
});
