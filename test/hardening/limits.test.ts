/**
 * Every budget of src/server/limits/, over real HTTP: a request over one is refused with its own
 * code and the figure it exceeded, and nothing reaches Neo4j (the server records every statement).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { startTestServer, TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';
import { loadRealSeed } from '../seed/graphChecksum';
import { gql, send } from './support';

let driver: Driver;
const servers: TestServer[] = [];

async function serverWith(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(driver, env);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  driver = testDriver();
  // The filters tested name the paper's properties, which a list filter checks against what the graph holds.
  await loadRealSeed(driver);
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await driver.close();
});

/** `work(id) { airings { node { ... on Work { airings { ... } } } } }`, `levels` airings deep: depth 2 + 2 × levels. */
const nestedAirings = (levels: number): string =>
  `{ work(id: "work:infernal-affairs") { ${'airings { node { ... on Work { '.repeat(levels)}id${' } } }'.repeat(levels)} } }`;

/** Sends a request the server must refuse before any Cypher runs; answers its one error. */
async function refusedBeforeCypher(server: TestServer, request: () => ReturnType<typeof send>, status: number, code: string) {
  server.statements.length = 0;
  const reply = await request();
  expect(reply.status).toBe(status);
  expect(reply.codes).toEqual([code]);
  expect(server.statements).toEqual([]);
  return reply.body.errors[0];
}

describe('budgets, each refused before any Cypher runs', () => {
  it('refuses a query deeper than MAX_QUERY_DEPTH, naming its depth, and runs one at the limit', async () => {
    const server = await serverWith({ MAX_QUERY_DEPTH: '6' });
    const error = await refusedBeforeCypher(server, () => gql(server.url, nestedAirings(3)), 400, 'QUERY_TOO_DEEP');
    expect(error.extensions).toMatchObject({ limit: 6, actual: 8 });
    expect(error.message).toMatch(/8 levels deep; at most 6/);
    const atLimit = await gql(server.url, nestedAirings(2));
    expect(atLimit.codes).not.toContain('QUERY_TOO_DEEP');
    expect(server.statements.length).toBeGreaterThan(0);
  });

  it('counts depth through named fragments too', async () => {
    const server = await serverWith({ MAX_QUERY_DEPTH: '3' });
    const query = 'query { work(id: "w") { ...a } } fragment a on Work { airings { ...b } } fragment b on Fact { node { id } }';
    const error = await refusedBeforeCypher(server, () => gql(server.url, query), 400, 'QUERY_TOO_DEEP');
    expect(error.extensions).toMatchObject({ limit: 3, actual: 4 });
  });

  it('charges a relationship list LIST_COST_ESTIMATE items: the same query fits under one estimate and not the other', async () => {
    // work costs 1 + its airings; airings costs estimate × (1 + year): 21 with 10, 11 with 5.
    const query = '{ work(id: "work:infernal-affairs") { airings { year } } }';
    const tight = await serverWith({ MAX_QUERY_COST: '20', LIST_COST_ESTIMATE: '10' });
    const error = await refusedBeforeCypher(tight, () => gql(tight.url, query), 400, 'QUERY_TOO_COSTLY');
    expect(error.extensions).toMatchObject({ limit: 20, actual: 21 });
    const roomier = await serverWith({ MAX_QUERY_COST: '20', LIST_COST_ESTIMATE: '5' });
    expect((await gql(roomier.url, query)).codes).toEqual([]);
  });

  it('charges a connection its page size `first`, read from the variables', async () => {
    const server = await serverWith({ MAX_QUERY_COST: '500' });
    const query = 'query ($n: Int!) { works(first: $n) { nodes { title airings { year } } } }';
    expect((await gql(server.url, query, { n: 5 })).codes).toEqual([]);
    const error = await refusedBeforeCypher(server, () => gql(server.url, query, { n: 50 }), 400, 'QUERY_TOO_COSTLY');
    expect(error.extensions.limit).toBe(500);
    expect(error.extensions.actual).toBeGreaterThan(500);
    expect(error.message).toMatch(new RegExp(`costs ${error.extensions.actual}; at most 500`));
  });

  it('costs a document sent again with the values it is sent with now: `first`, `ids`, directives, left out or null', async () => {
    // The server keeps a document's costs by the variables that can change them; each of these must be worked out afresh.
    const server = await serverWith({ MAX_QUERY_COST: '500', LIST_COST_ESTIMATE: '10' });
    const page = 'query ($n: Int = 50) { works(first: $n) { nodes { title airings { year } } } }';
    expect((await gql(server.url, page, { n: 5 })).codes).toEqual([]);
    await refusedBeforeCypher(server, () => gql(server.url, page, { n: 50 }), 400, 'QUERY_TOO_COSTLY');
    expect((await gql(server.url, page, { n: 5 })).codes).toEqual([]);
    // Left out, the default of 50 applies; sent as null, no page size is given and the list estimate applies.
    await refusedBeforeCypher(server, () => gql(server.url, page, {}), 400, 'QUERY_TOO_COSTLY');
    expect((await gql(server.url, page, { n: null })).codes).not.toContain('QUERY_TOO_COSTLY');

    const byIds = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Work { airings { node { id } } } } }';
    expect((await gql(server.url, byIds, { ids: ['work:anita'] })).codes).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => `work:w${i}`);
    await refusedBeforeCypher(server, () => gql(server.url, byIds, { ids: many }), 400, 'QUERY_TOO_COSTLY');

    const maybe = 'query ($deep: Boolean!) { works(first: 5) { nodes { id airings @include(if: $deep) { node { id } } } } }';
    const tight = await serverWith({ MAX_QUERY_COST: '60', LIST_COST_ESTIMATE: '10' });
    expect((await gql(tight.url, maybe, { deep: false })).codes).toEqual([]);
    await refusedBeforeCypher(tight, () => gql(tight.url, maybe, { deep: true }), 400, 'QUERY_TOO_COSTLY');
    expect((await gql(tight.url, maybe, { deep: false })).codes).toEqual([]);
  });

  it("refuses the issue's 16-way OR of relationship tests before Neo4j plans it, naming MAX_FILTER_RELATIONSHIP_TESTS", async () => {
    // 16 one-level some/none/all tests over EXPORTED_TO and IMPORTED_FROM: about 360 of the budget by what they
    // read, yet Neo4j spent over 10 s planning the statement and every run ended in QUERY_TIMEOUT.
    const quantifiers = ['some', 'none', 'all'];
    const test = (i: number) =>
      `{ ${quantifiers[i % 3]}: { type: "${i % 2 ? 'IMPORTED_FROM' : 'EXPORTED_TO'}", direction: ${i % 4 < 2 ? 'OUT' : 'IN'}, ` +
      `fact: { field: "year", gte: ${2000 + i} } } }`;
    const regions = (n: number) =>
      `{ regions(first: 100, filter: { OR: [${Array.from({ length: n }, (_, i) => test(i)).join(', ')}] }) { totalCount } }`;
    const server = await serverWith();
    const error = await refusedBeforeCypher(server, () => gql(server.url, regions(16)), 400, 'QUERY_TOO_COSTLY');
    expect(error.extensions).toMatchObject({ limit: 8, actual: 16 });
    expect(error.message).toMatch(/regions\(filter:\) holds 16 relationship tests.*MAX_FILTER_RELATIONSHIP_TESTS/);
    // Within the limit, the same filter is planned and answered.
    server.statements.length = 0;
    expect((await gql(server.url, regions(8))).codes).toEqual([]);
    expect(server.statements.length).toBeGreaterThan(0);
  });

  it('refuses an argument nested deeper than MAX_INPUT_DEPTH, in variables or written in the query', async () => {
    const server = await serverWith({ MAX_INPUT_DEPTH: '8' });
    const nots = (depth: number): Record<string, unknown> => (depth === 0 ? { field: 'year', eq: 2002 } : { NOT: nots(depth - 1) });
    const query = 'query ($f: EntityFilter) { works(first: 5, filter: $f) { totalCount } }';
    expect((await gql(server.url, query, { f: nots(7) })).codes).toEqual([]);
    const error = await refusedBeforeCypher(server, () => gql(server.url, query, { f: nots(8) }), 400, 'INPUT_TOO_DEEP');
    expect(error.extensions.limit).toBe(8);
    const literal = `{ works(first: 5, filter: ${'{ NOT: '.repeat(8)}{ field: "year", eq: 2002 }${' }'.repeat(8)}) { totalCount } }`;
    await refusedBeforeCypher(server, () => gql(server.url, literal), 400, 'INPUT_TOO_DEEP');
  });

  it('refuses more aliases than MAX_ALIASES', async () => {
    const server = await serverWith();
    // One over the documented default of 30.
    const aliases = 31;
    const query = `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: graphStats { nodeCount }`).join(' ')} }`;
    const error = await refusedBeforeCypher(server, () => gql(server.url, query), 400, 'TOO_MANY_ALIASES');
    expect(error.extensions).toMatchObject({ limit: aliases - 1, actual: aliases });
  });

  it('refuses more operations in one document than MAX_OPERATIONS', async () => {
    const server = await serverWith({ MAX_OPERATIONS: '2' });
    const document = 'query a { graphStats { nodeCount } } query b { graphStats { nodeCount } } query c { graphStats { nodeCount } }';
    const error = await refusedBeforeCypher(
      server,
      () => send(server.url, { body: JSON.stringify({ query: document, operationName: 'a' }) }),
      400,
      'TOO_MANY_OPERATIONS',
    );
    expect(error.extensions).toMatchObject({ limit: 2, actual: 3 });
  });

  it('stops parsing a document of more than MAX_TOKENS tokens', async () => {
    const server = await serverWith({ MAX_TOKENS: '200' });
    const query = `{ graphStats { ${'nodeCount '.repeat(300)} } }`;
    const error = await refusedBeforeCypher(server, () => gql(server.url, query), 400, 'TOO_MANY_TOKENS');
    expect(error.extensions.limit).toBe(200);
    expect(error.message).toMatch(/more than 200 tokens/);
  });

  it('answers a body over MAX_BODY_BYTES with 413 and a JSON error naming both sizes', async () => {
    const server = await serverWith({ MAX_BODY_BYTES: '2048' });
    const body = JSON.stringify({ query: '{ graphStats { nodeCount } }', variables: { padding: 'x'.repeat(3000) } });
    const error = await refusedBeforeCypher(server, () => send(server.url, { body }), 413, 'PAYLOAD_TOO_LARGE');
    expect(error.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limit: 2048, actual: Buffer.byteLength(body) });
  });

  it('refuses batched requests unless ALLOW_BATCHED_HTTP is set, and then keeps a batch within MAX_OPERATIONS', async () => {
    const batch = (n: number) => JSON.stringify(Array.from({ length: n }, () => ({ query: '{ graphStats { nodeCount } }' })));
    const closed = await serverWith();
    const refused = await refusedBeforeCypher(closed, () => send(closed.url, { body: batch(2) }), 400, 'BAD_REQUEST');
    expect(refused.message).toMatch(/batching disabled/i);

    const open = await serverWith({ ALLOW_BATCHED_HTTP: 'true', MAX_OPERATIONS: '3' });
    const answered = await send(open.url, { body: batch(2) });
    expect(answered.status).toBe(200);
    expect(answered.body.map((r: any) => typeof r.data.graphStats.nodeCount)).toEqual(['number', 'number']);
    const tooMany = await refusedBeforeCypher(open, () => send(open.url, { body: batch(4) }), 400, 'TOO_MANY_OPERATIONS');
    expect(tooMany.extensions).toMatchObject({ limit: 3, actual: 4 });
  });

  it('refuses malformed variables with BAD_USER_INPUT, not a 500, before costing them', async () => {
    const server = await serverWith();
    const error = await refusedBeforeCypher(
      server,
      () => gql(server.url, 'query ($n: Int!) { works(first: $n) { totalCount } }', { n: 'many' }),
      400,
      'BAD_USER_INPUT',
    );
    expect(error.message).toMatch(/\$n/);
  });
});

describe('the default budgets', () => {
  it("let every saved example query and the playground's introspection query through", async () => {
    const server = await serverWith();
    const dir = path.join(__dirname, '..', '..', 'queries');
    const documents = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(documents.length).toBeGreaterThan(0);
    documents.push(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }),
    );
    const limitCodes = [
      'QUERY_TOO_DEEP',
      'INPUT_TOO_DEEP',
      'QUERY_TOO_COSTLY',
      'TOO_MANY_ALIASES',
      'TOO_MANY_OPERATIONS',
      'TOO_MANY_TOKENS',
      'PAYLOAD_TOO_LARGE',
    ];
    for (const query of documents) {
      const reply = await gql(server.url, query);
      expect(reply.status).toBe(200);
      expect(reply.codes.filter((c) => limitCodes.includes(c))).toEqual([]);
    }
  });

  it('are documented in docs/operations.md with their variables', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
    for (const variable of [
      'MAX_QUERY_DEPTH',
      'MAX_INPUT_DEPTH',
      'MAX_QUERY_COST',
      'LIST_COST_ESTIMATE',
      'MAX_FILTER_RELATIONSHIP_TESTS',
      'MAX_PATHS_PER_ANSWER',
      'MAX_PATHS_PER_REQUEST',
      'MAX_ALIASES',
      'MAX_OPERATIONS',
      'MAX_TOKENS',
      'MAX_BODY_BYTES',
      'ALLOW_BATCHED_HTTP',
      'NEO4J_TX_TIMEOUT_MS',
      'INTROSPECTION',
      'PLAYGROUND',
    ]) {
      expect(readme).toMatch(new RegExp(`\\| \`${variable}\``));
    }
  });

  // The figures as docs/operations.md's configuration table gives them, typed here rather than read from the code.
  const DOCUMENTED = {
    MAX_QUERY_DEPTH: 12,
    MAX_INPUT_DEPTH: 32,
    MAX_QUERY_COST: 10000,
    LIST_COST_ESTIMATE: 10,
    MAX_FILTER_RELATIONSHIP_TESTS: 8,
    MAX_PATHS_PER_ANSWER: 200,
    MAX_PATHS_PER_REQUEST: 500,
    MAX_ALIASES: 30,
    MAX_OPERATIONS: 5,
    MAX_TOKENS: 5000,
    MAX_BODY_BYTES: 1048576,
    ALLOW_BATCHED_HTTP: false,
  };

  it('are the figures docs/operations.md documents', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
    for (const [variable, figure] of Object.entries(DOCUMENTED)) expect(readme).toContain(`| \`${variable}\` | ${figure} |`);
    expect(loadConfig({}).limits).toEqual({
      maxDepth: DOCUMENTED.MAX_QUERY_DEPTH,
      maxInputDepth: DOCUMENTED.MAX_INPUT_DEPTH,
      maxCost: DOCUMENTED.MAX_QUERY_COST,
      listEstimate: DOCUMENTED.LIST_COST_ESTIMATE,
      maxRelationshipTests: DOCUMENTED.MAX_FILTER_RELATIONSHIP_TESTS,
      maxPathsPerAnswer: DOCUMENTED.MAX_PATHS_PER_ANSWER,
      maxPathsPerRequest: DOCUMENTED.MAX_PATHS_PER_REQUEST,
      maxAliases: DOCUMENTED.MAX_ALIASES,
      maxOperations: DOCUMENTED.MAX_OPERATIONS,
      maxTokens: DOCUMENTED.MAX_TOKENS,
      maxBodyBytes: DOCUMENTED.MAX_BODY_BYTES,
      allowBatchedHttp: DOCUMENTED.ALLOW_BATCHED_HTTP,
    });
  });

  it('refuse malformed values of the limit variables at start', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: 'deep' })).toThrow(/MAX_QUERY_DEPTH: must be a whole number/);
    expect(() => loadConfig({ MAX_QUERY_COST: '0' })).toThrow(/MAX_QUERY_COST: must be between/);
    expect(() => loadConfig({ ALLOW_BATCHED_HTTP: 'yes' })).toThrow(/ALLOW_BATCHED_HTTP: must be one of/);
    expect(() => loadConfig({ NEO4J_TX_TIMEOUT_MS: '5' })).toThrow(/NEO4J_TX_TIMEOUT_MS: must be between/);
  });
});
