/**
 * Loads read only the properties a query selects (src/schema/selection.ts). That must never change an
 * answer: each query below is sent as it stands, and again with `properties` added to every entity,
 * fact and path step it selects, which makes every load read every property; with the added field
 * taken out, the answers must be equal. And the names that reach Neo4j are checked for one nested query.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType, isInterfaceType, isObjectType, Kind, parse, print, SelectionSetNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildGraphSchema } from '../../src/schema';
import { graphql, startSeededServer, TestServer } from '../support/http';

const QUERY_DIR = path.join(__dirname, '..', '..', 'queries');
const SAVED = fs.readdirSync(QUERY_DIR).filter((f) => f.endsWith('.graphql')).sort()
  .map((f) => ({ name: f, query: fs.readFileSync(path.join(QUERY_DIR, f), 'utf8') }));

const NESTED = `query Nested($id: ID!) { policy(id: $id) { id name enables { node { __typename ... on Work { id title
  coProducers { node { __typename ... on Studio { id name operates { node { ... on Platform { id name } } } }
  ... on Region { id name } } } } } } } }`;

/** Shapes the saved queries do not cover: fragments, aliases, year filters, citations, paths, `_entities`. */
const SHAPES = [
  { name: 'nested, as the benchmark asks', query: NESTED, variables: { id: 'policy:cepa-2020-amendment' } },
  { name: 'named fragments and aliases', query: `query { tvb: platform(id: "platform:tvb-jade") { ...named airings(year: 2023) { rating timeSlot
      when: startDate node { ...work } } } }
      fragment named on Node { id ... on Platform { name } }
      fragment work on Work { t: title year kind origins { node { id ...named } locator source { id name } } }` },
  { name: 'facts by type and citations', query: `{ work(id: "work:anita") { title facts(type: "CO_PRODUCED", direction: IN) { type role node { id aliases } }
      citations { locator source { id } } } }` },
  { name: 'any node, with a JSON map inside', query: '{ node(id: "region:hong-kong") { id ... on Region { name imports(year: 2022) { sharePct value properties node { id } } } } }' },
  { name: 'several nodes', query: '{ nodes(ids: ["work:anita", "region:hong-kong", "work:no-such"]) { id __typename ... on Work { title year } } }' },
  { name: 'paths with their ends', query: `{ shortestPaths(fromId: "person:charmaine-sheh", toId: "platform:youku", maxLength: 4) { length
      steps { type direction locator source { id } from { id ... on Person { name } } to { __typename id } } } }` },
  { name: '_entities', query: `{ _entities(representations: [{ __typename: "Work", id: "work:anita" }, { __typename: "Region", id: "region:hong-kong" }]) {
      ... on Work { id title releases { node { id } boxOfficeHKD } } ... on Region { name } } }` },
];

/** The query with `allProperties: properties` added to every selection on a type that has `properties`. */
function readingEverything(query: string, schema: Awaited<ReturnType<typeof buildGraphSchema>>): string {
  const typeInfo = new TypeInfo(schema);
  const added = visit(parse(query), visitWithTypeInfo(typeInfo, {
    SelectionSet(node: SelectionSetNode) {
      const type = typeInfo.getParentType();
      if (!type || !(isObjectType(type) || isInterfaceType(type)) || !type.getFields().properties) return undefined;
      if (getNamedType(type.getFields().properties.type).name !== 'JSONObject') return undefined;
      const field = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: 'allProperties' }, name: { kind: Kind.NAME, value: 'properties' } } as const;
      return { ...node, selections: [...node.selections, field] };
    },
  }));
  return print(added);
}

/** The answer without the fields readingEverything added. */
function withoutAdded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAdded);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'allProperties').map(([k, v]) => [k, withoutAdded(v)]));
}

describe('reading only the selected properties', () => {
  let driver: Driver;
  let server: TestServer;
  let schema: Awaited<ReturnType<typeof buildGraphSchema>>;

  beforeAll(async () => {
    ({ driver, server } = await startSeededServer());
    schema = await buildGraphSchema();
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it.each([...SAVED, ...SHAPES])('answers $name as it does reading every property', async ({ query, ...rest }) => {
    const variables: Record<string, unknown> = 'variables' in rest ? rest.variables as Record<string, unknown> : {};
    const selected = await graphql(server.url, query, variables);
    const everything = await graphql(server.url, readingEverything(query, schema), variables);
    expect(selected.errors).toBeUndefined();
    expect(everything.errors).toBeUndefined();
    expect(JSON.stringify(everything.data)).toContain('"allProperties"');
    expect(selected.data).toEqual(withoutAdded(everything.data));
  });

  /** What each statement the server sent asked for: the node properties, and the fact properties. */
  const namesSent = () => server.statements.map((s) => ({
    query: s.query, node: 'properties' in s.params ? s.params.properties : s.params.nodeProperties, fact: s.params.factProperties,
  }));

  it('sends Neo4j only the names a nested query reads, level by level', async () => {
    server.statements.length = 0;
    const res = await graphql(server.url, `{ work(id: "work:the-queen-of-news") { title coProducers { role node { __typename
      ... on Studio { id name operates { node { ... on Platform { id name } } } } ... on Region { id name } } } } }`);
    expect(res.data!.work.coProducers.some((c: any) => c.node.operates?.length > 0)).toBe(true);
    // Facts always read their id and what the loader orders them by.
    const ordered = ['id', 'rank', 'startDate', 'year'];
    expect(namesSent()).toEqual([
      { query: 'nodesByIds', node: ['id', 'title'], fact: undefined },
      { query: 'relationshipsOfType@CO_PRODUCED', node: ['id', 'name'], fact: ['id', 'rank', 'role', 'startDate', 'year'] },
      { query: 'relationshipsOfType@OPERATES', node: ['id', 'name'], fact: ordered },
    ]);
  });

  it('reads every property where a query selects `properties`, and only there', async () => {
    server.statements.length = 0;
    const res = await graphql(server.url, '{ work(id: "work:anita") { properties coProducers { node { id } } } }');
    expect(res.data!.work.properties.title).toBe('Anita');
    expect(namesSent().map((s) => [s.query, s.node])).toEqual([['nodesByIds', null], ['relationshipsOfType@CO_PRODUCED', ['id']]]);
  });
});
