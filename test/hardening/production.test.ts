/**
 * Production mode, introspection and playground switches, and CSRF prevention, over real HTTP.
 */
import type { Driver } from 'neo4j-driver';
import { startTestServer, TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';
import { gql, send } from './support';

let driver: Driver;
let development: TestServer;
let production: TestServer;
let closed: TestServer;

beforeAll(async () => {
  driver = testDriver();
  development = await startTestServer(driver);
  production = await startTestServer(driver, { NODE_ENV: 'production' });
  closed = await startTestServer(driver, { NODE_ENV: 'production', INTROSPECTION: 'false', PLAYGROUND: 'false' });
});
afterAll(async () => {
  for (const s of [development, production, closed]) await s.close();
  await driver.close();
});

const TYPO = '{ wroks(first: 1) { totalCount } }';
const ENUM_TYPO = [
  'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
  { input: { label: 'Wrok', id: 'work:x', properties: {}, source: 'source:paper', locator: 'x' } },
] as const;

describe('production mode (NODE_ENV=production)', () => {
  it('gives no "did you mean" hints about the schema, where development does', async () => {
    const dev = await gql(development.url, TYPO);
    expect(dev.body.errors[0].message).toMatch(/Did you mean "works"/);
    const prod = await gql(production.url, TYPO);
    expect(prod.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(prod.body.errors[0].message).toBe('Cannot query field "wroks" on type "Query".');

    expect((await gql(development.url, ...ENUM_TYPO)).text).toMatch(/Did you mean the enum value/);
    const prodEnum = await gql(production.url, ...ENUM_TYPO);
    expect(prodEnum.codes).toEqual(['BAD_USER_INPUT']);
    expect(prodEnum.text).not.toMatch(/Did you mean/);
  });

  it('sends no stack trace with any kind of error', async () => {
    const replies = await Promise.all([
      gql(production.url, TYPO),
      gql(production.url, ...ENUM_TYPO),
      gql(production.url, '{ works(first: 500) { totalCount } }'),
      gql(production.url, '{ work { id } }'),
      send(production.url, { body: '{"query": ' }),
    ]);
    for (const reply of replies) {
      expect(reply.codes.length).toBeGreaterThan(0);
      expect(reply.text).not.toMatch(/stacktrace|\bat .+\.[jt]s:\d+/);
    }
  });
});

describe('introspection and the playground', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('are on by default, also in production', async () => {
    expect((await gql(production.url, INTROSPECT)).body.data.__schema.queryType.name).toBe('Query');
    const page = await send(production.url, { method: 'GET', path: '/', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<title>GraphQL playground/);
  });

  it('are off with INTROSPECTION=false and PLAYGROUND=false', async () => {
    const refused = await gql(closed.url, INTROSPECT);
    expect(refused.status).toBe(400);
    expect(refused.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(refused.body.errors[0].message).toMatch(/introspection/i);
    expect((await send(closed.url, { method: 'GET', path: '/', headers: { accept: 'text/html' } })).status).toBe(404);
    const graphqlPage = await send(closed.url, { method: 'GET', headers: { accept: 'text/html' } });
    expect(graphqlPage.text).not.toMatch(/<html/i);
    // Ordinary queries still work.
    expect((await gql(closed.url, '{ graphStats { nodeCount } }')).codes).toEqual([]);
  });
});

describe('CSRF prevention', () => {
  const QUERY = encodeURIComponent('{ graphStats { nodeCount } }');

  it('refuses a GET query without a content-type or apollo-require-preflight header, before any Cypher', async () => {
    development.statements.length = 0;
    const reply = await send(development.url, { method: 'GET', path: `/graphql?query=${QUERY}`, headers: {} });
    expect(reply.status).toBe(400);
    expect(reply.codes).toEqual(['BAD_REQUEST']);
    expect(reply.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(development.statements).toEqual([]);
  });

  it('refuses a simple POST (text/plain, as a form could send), and serves the same query with the preflight header', async () => {
    const simple = await send(development.url, {
      body: JSON.stringify({ query: '{ graphStats { nodeCount } }' }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(simple.status).toBe(400);
    expect(simple.codes).toEqual(['BAD_REQUEST']);
    const preflighted = await send(development.url, {
      method: 'GET',
      path: `/graphql?query=${QUERY}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(typeof preflighted.body.data.graphStats.nodeCount).toBe('number');
  });
});
