/**
 * incrementProperty, the atomic counter the concurrency test relies on: what it refuses, and that a
 * refusal leaves the entity as it was.
 */
import type { Driver } from 'neo4j-driver';
import { startTestServer, TestServer } from '../support/http';
import { cypher, testDriver } from '../support/neo4j';
import { loadRealSeed } from '../seed/graphChecksum';
import { EDITOR, gql, TOKEN_ENV } from './support';

let driver: Driver;
let server: TestServer;
const ID = 'work:increment-probe';

beforeAll(async () => {
  driver = testDriver();
  await loadRealSeed(driver);
  server = await startTestServer(driver, { ...TOKEN_ENV });
  const input = {
    label: 'Work',
    id: ID,
    properties: { title: 'Increment Probe', episodes: 2, label2: 'text' },
    source: 'source:paper',
    locator: 'increment test',
  };
  expect(
    (
      await gql(
        server.url,
        'mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
        { input },
        { authorization: EDITOR },
      )
    ).codes,
  ).toEqual([]);
});
afterAll(async () => {
  await cypher(driver, 'MATCH (n {id: $id}) DETACH DELETE n', { id: ID });
  await server.close();
  await driver.close();
});

const increment = (property: string, by: number) =>
  gql(
    server.url,
    'mutation ($p: String!, $by: Int!) { incrementProperty(id: "' + ID + '", property: $p, by: $by) { properties } }',
    { p: property, by },
    { authorization: EDITOR },
  );

const stored = async () =>
  (await cypher(driver, 'MATCH (w:Work {id: $id}) RETURN properties(w) AS p', { id: ID }))[0].p as Record<string, unknown>;

describe('incrementProperty', () => {
  it('adds to a whole-number property, counting an absent one as 0, and stores a whole number', async () => {
    expect((await increment('episodes', 3)).body.data.incrementProperty.properties.episodes).toBe(5);
    expect((await increment('plays', 1)).body.data.incrementProperty.properties.plays).toBe(1);
    const [row] = await cypher(driver, 'MATCH (w:Work {id: $id}) RETURN valueType(w.episodes) AS t', { id: ID });
    expect(row.t).toBe('INTEGER NOT NULL');
  });

  it.each([
    ['title', 1, /^property: "title" is not a whole-number property/],
    ['label2', 1, /^property: "label2" of "work:increment-probe" holds "text", not a whole number/],
    ['episodes', -5, /^by: would leave episodes at 0, and episodes is 0/],
    ['episodes', 0, /^by: must be a whole number other than 0/],
    ['id', 1, /^property: "id" is not a property that can be incremented/],
    ["x']) DETACH DELETE n //", 1, /^property: .* is not a property that can be incremented/],
  ])('refuses %s by %d with BAD_USER_INPUT and changes nothing', async (property, by, message) => {
    const before = await stored();
    const reply = await increment(property, by);
    expect(reply.codes).toEqual(['BAD_USER_INPUT']);
    expect(reply.body.errors[0].message).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it('answers NOT_FOUND for an entity that does not exist', async () => {
    const reply = await gql(
      server.url,
      'mutation { incrementProperty(id: "work:nowhere", property: "episodes") { id } }',
      {},
      { authorization: EDITOR },
    );
    expect(reply.codes).toEqual(['NOT_FOUND']);
  });
});
