/**
 * Issue 32, finding 5: values outside the model's ranges (src/model/ranges.ts) are refused on every API write,
 * with BAD_USER_INPUT naming the property and the rule and nothing written (the graph's checksum, history
 * included, unchanged); a token whose `sub` is not a string is UNAUTHENTICATED; and a value planted straight
 * through Cypher outside its range never fails a whole read: its field answers null with BAD_STORED_VALUE.
 */
import jwt from 'jsonwebtoken';
import { snapshot } from '../seed/graphChecksum';
import { graphql, GraphQLResponse, seededServerForFile } from '../support/http';
import { cypher } from '../support/neo4j';
import { curatorToken, tokenEnv } from '../support/tokens';

const ENV = tokenEnv('value-ranges-test-secret-of-32-chars!', 'https://ranges.test');
const EDITOR = curatorToken(ENV, 'editor-ranges', ['editor']);
const suite = seededServerForFile(ENV);

const CREATE = 'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
const input = (properties: Record<string, unknown>) => ({
  label: 'Work',
  id: 'work:range-probe',
  properties: { title: 'Range Probe', ...properties },
  source: 'source:paper',
  locator: 'value ranges test',
});
const send = (query: string, variables: Record<string, unknown> = {}, auth = EDITOR) =>
  graphql(suite.server.url, query, variables, { authorization: auth });

/** A request whose body is sent as written: a number's digits reach the server as typed, not as JavaScript rounds them. */
async function sendRaw(body: string): Promise<GraphQLResponse> {
  const res = await fetch(`${suite.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: EDITOR },
    body,
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Answers the request's response after checking it was refused with `code` and `message`, and that nothing was written. */
async function refusedWith(request: () => Promise<GraphQLResponse>, code: string, message: RegExp): Promise<GraphQLResponse> {
  const before = await snapshot(suite.driver);
  const res = await request();
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.errors![0].message).toMatch(message);
  expect((await snapshot(suite.driver)).checksum).toBe(before.checksum);
  return res;
}

describe('a write outside the ranges', () => {
  it.each([
    ['year: 1e308', { year: 1e308 }, /^properties\.year: is 1e\+308, beyond 2\^53-1/],
    ['year: -1', { year: -1 }, /^properties\.year: is -1, outside whole numbers 1880 to 2100/],
    [
      'year: 2^53+1',
      { year: JSON.parse('9007199254740993') as number },
      /^properties\.year: is 9007199254740992, beyond 2\^53-1 .*refused, not rounded/,
    ],
    ['a title of a zero-width space', { title: '\u200B' }, /^properties\.title: is blank/],
    ['a title of spaces', { title: '   ' }, /^properties\.title: is blank/],
    ['a NUL in a title', { title: 'Range\u0000Probe' }, /^properties\.title: holds the control character U\+0000/],
    ['a right-to-left override in a title', { title: 'Range\u202EProbe' }, /^properties\.title: holds the bidirectional control U\+202E/],
    ['a 1 MB note', { note: 'n'.repeat(1_000_000) }, /^properties\.note: is 1000000 characters long; note holds at most 10000/],
    [
      '500 new property keys',
      Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, i + 1])),
      /^properties: would hold 501 properties; an entity or relationship holds at most 64/,
    ],
  ])('refuses %s through variables, naming the property and the rule', (_, properties, message) =>
    refusedWith(() => send(CREATE, { input: input(properties) }), 'BAD_USER_INPUT', message),
  );

  it.each([
    ['1e308', /^properties\.year: is 1e\+308, beyond 2\^53-1/],
    ['-1', /^properties\.year: is -1, outside/],
    ['9007199254740993', /^properties\.year: is 9007199254740992, beyond 2\^53-1/],
  ])('refuses year %s written in the query, and in a variables body as its digits', async (digits, message) => {
    const literal = `mutation { createEntity(input: { label: Work, id: "work:range-probe", properties: { title: "Range Probe", year: ${digits} }, source: "source:paper", locator: "x" }) { id } }`;
    await refusedWith(() => send(literal), 'BAD_USER_INPUT', message);
    const body = `{"query":${JSON.stringify(CREATE)},"variables":{"input":{"label":"Work","id":"work:range-probe","properties":{"title":"Range Probe","year":${digits}},"source":"source:paper","locator":"x"}}}`;
    await refusedWith(() => sendRaw(body), 'BAD_USER_INPUT', message);
  });

  it('refuses an update or a change set that would go outside, and one that would pass 64 properties on an entity', async () => {
    const update = 'mutation ($set: JSONObject!) { updateEntity(id: "work:infernal-affairs", set: $set) { id } }';
    await refusedWith(() => send(update, { set: { year: -1 } }), 'BAD_USER_INPUT', /^set\.year: is -1, outside/);
    const [{ n }] = await cypher(suite.driver, "MATCH (w:Work {id: 'work:infernal-affairs'}) RETURN size(keys(w)) AS n");
    const fill = Object.fromEntries(Array.from({ length: 64 - (n as number) + 12 }, (_, i) => [`extra${i}`, 1]));
    await refusedWith(
      () => send(update, { set: fill }),
      'BAD_USER_INPUT',
      /^set: would hold \d+ properties; an entity or relationship holds at most 64/,
    );
    const apply = 'mutation ($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { changeSet } }';
    await refusedWith(
      () =>
        send(apply, {
          changes: [{ createEntity: input({}) }, { updateEntity: { id: 'work:range-probe', set: { rating: 120 } } }],
        }),
      'BAD_USER_INPUT',
      /set\.rating: is 120, outside 0 to 100/,
    );
    await refusedWith(
      () => send('mutation { incrementProperty(id: "work:infernal-affairs", property: "year", by: 500) { id } }'),
      'BAD_USER_INPUT',
      /would leave year at 2502/,
    );
  });

  it('accepts values at the edges of their ranges', async () => {
    const res = await send(CREATE, { input: input({ year: 2100, note: 'n'.repeat(10_000), title: '長'.repeat(300) }) });
    expect(res.errors).toBeUndefined();
    await cypher(suite.driver, "MATCH (w:Work {id: 'work:range-probe'}) DETACH DELETE w");
  });

  it('refuses a token whose sub is an object, naming the claim, and records no "[object Object]"', async () => {
    const token = `Bearer ${jwt.sign({ sub: { id: 'ada' }, roles: ['editor'], iss: ENV.JWT_ISSUER, aud: ENV.JWT_AUDIENCE }, ENV.JWT_SECRET, { algorithm: 'HS256', expiresIn: '10m' })}`;
    await refusedWith(
      () => send(CREATE, { input: input({}) }, token),
      'UNAUTHENTICATED',
      /the token's subject \(the "sub" claim\) must be a non-empty string/,
    );
    const blank = curatorToken(ENV, ' \u200B', ['editor']);
    await refusedWith(() => send(CREATE, { input: input({}) }, blank), 'UNAUTHENTICATED', /"sub" claim\) is blank/);
  });
});

describe('a value stored outside its range before the rules (through Cypher)', () => {
  beforeAll(() =>
    cypher(suite.driver, "MATCH (w:Work {id: 'work:infernal-affairs'}) SET w.year = 9223372036854775807, w.runtimeMinutes = -5"),
  );
  afterAll(() => cypher(suite.driver, "MATCH (w:Work {id: 'work:infernal-affairs'}) SET w.year = 2002 REMOVE w.runtimeMinutes"));

  const badStored = (res: GraphQLResponse) => res.errors?.filter((e) => e.extensions?.code === 'BAD_STORED_VALUE') ?? [];

  it('answers works { nodes { year } } for every other work, that field null with BAD_STORED_VALUE at its path', async () => {
    const res = await send('{ works(first: 100) { nodes { id year runtimeMinutes } } }', {}, '');
    expect(res.errors?.every((e) => e.extensions?.code === 'BAD_STORED_VALUE')).toBe(true);
    const nodes = res.data!.works.nodes as { id: string; year: number | null; runtimeMinutes: number | null }[];
    const infernal = nodes.find((n) => n.id === 'work:infernal-affairs')!;
    expect(infernal).toMatchObject({ year: null, runtimeMinutes: null });
    // Every other work answers the year it holds.
    const held = await cypher(suite.driver, 'MATCH (w:Work) WHERE w.id IN $ids RETURN w.id AS id, w.year AS year', {
      ids: nodes.map((n) => n.id),
    });
    const years = new Map(held.map((r) => [r.id, r.year === null ? null : Number(r.year)]));
    const others = nodes.filter((n) => n !== infernal);
    expect(others.filter((n) => n.year !== null).length).toBeGreaterThan(0);
    expect(others.map((n) => [n.id, n.year])).toEqual(others.map((n) => [n.id, years.get(n.id)]));
    const index = nodes.indexOf(infernal);
    expect(badStored(res).map((e) => [e.path, e.message])).toEqual([
      [['works', 'nodes', index, 'year'], expect.stringMatching(/^Work\.year: the stored value 9223372036854775807 is not a number/)],
      [
        ['works', 'nodes', index, 'runtimeMinutes'],
        expect.stringMatching(/^Work\.runtimeMinutes: the stored value -5 is -5, outside whole numbers 1/),
      ],
    ]);
  });

  it('answers search, the planted field null with BAD_STORED_VALUE', async () => {
    const res = await send('{ search(text: "Infernal Affairs") { node { id ... on Work { year } } } }', {}, '');
    const hits = res.data!.search as { node: { id: string; year: number | null } }[];
    expect(hits.find((h) => h.node.id === 'work:infernal-affairs')?.node.year).toBeNull();
    expect(badStored(res)).toHaveLength(1);
    expect(res.errors).toHaveLength(1);
  });

  it('answers worksAggregate, leaving the planted year out of the average', async () => {
    const res = await send('{ worksAggregate(properties: ["year"]) { values { known sum average } } }', {}, '');
    expect(res.errors).toBeUndefined();
    const [{ values }] = res.data!.worksAggregate as { values: { known: number; average: number }[] }[];
    expect(values[0].average).toBeGreaterThanOrEqual(1880);
    expect(values[0].average).toBeLessThanOrEqual(2100);
  });
});
