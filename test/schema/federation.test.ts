import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/statements';
import { loadSeed } from '../../src/seed/load';
import { LABELS } from '../../src/model';
import { readSeed } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { graphql, startTestServer, TestServer } from '../support/http';
import { cypher, testDriver, testExecutor } from '../support/neo4j';

// A second research graph, written for this test: critics' reviews of our works and interviews with
// our people, joined on our ids.
const REVIEWS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Work @key(fields: "id") { id: ID! criticsScore: Float reviewCount: Int! }
  type Person @key(fields: "id") { id: ID! interviews: [String!]! }
  type Query { topReviewed: [Work!]! }
`;
const SCORES: Record<string, number> = { 'work:infernal-affairs': 9.1, 'work:the-departed': 8.7, 'work:warriors-of-future': 6.4 };

async function startReviewsGraph(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(REVIEWS_SDL),
      resolvers: {
        Query: { topReviewed: () => Object.keys(SCORES).map((id) => ({ id })) },
        Work: {
          __resolveReference: (ref: { id: string }) => ref,
          criticsScore: (w: { id: string }) => SCORES[w.id] ?? null,
          reviewCount: (w: { id: string }) => (SCORES[w.id] ? 3 : 0),
        },
        Person: { __resolveReference: (ref: { id: string }) => ref, interviews: (p: { id: string }) => [`Interview with ${p.id}`] },
      } as never,
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

describe('Apollo Federation v2 subgraph', () => {
  let driver: Driver;
  let ours: TestServer;
  let reviews: { url: string; stop: () => Promise<void> };
  let gateway: ApolloServer;
  let gatewayUrl: string;

  beforeAll(async () => {
    driver = testDriver();
    const graph = testExecutor(driver);
    await applySchema(graph, new QueryCatalog());
    await loadSeed(graph, readSeed(seedDir()), { reset: true });
    ours = await startTestServer(driver);
    reviews = await startReviewsGraph();
    const sdl = (await graphql(ours.url, '{ _service { sdl } }')).data!._service.sdl as string;
    const composed = composeServices([
      { name: 'archive', typeDefs: parse(sdl), url: `${ours.url}/graphql` },
      { name: 'reviews', typeDefs: parse(REVIEWS_SDL), url: reviews.url },
    ]);
    expect(composed.errors).toBeUndefined();
    gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl! }) });
    gatewayUrl = (await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } })).url;
  });
  afterAll(async () => {
    await gateway.stop();
    await reviews.stop();
    await ours.close();
    await driver.close();
  });

  const viaGateway = async (query: string) => {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };

  it("joins our works with the other graph's fields, across a relationship", async () => {
    const res = await viaGateway(`{ work(id: "work:infernal-affairs") {
      title criticsScore remadeAs { year node { ... on Work { title criticsScore reviewCount } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.work).toEqual({
      title: 'Infernal Affairs',
      criticsScore: 9.1,
      remadeAs: [{ year: 2006, node: { title: 'The Departed', criticsScore: 8.7, reviewCount: 3 } }],
    });
  });

  it("resolves the other graph's list with our titles, in one batch", async () => {
    ours.statements.length = 0;
    const res = await viaGateway('{ topReviewed { id title criticsScore year } }');
    expect(res.errors).toBeUndefined();
    const [{ titles }] = await cypher(driver, 'MATCH (w:Work) WHERE w.id IN $ids RETURN collect(w.title) AS titles', {
      ids: Object.keys(SCORES),
    });
    expect(res.data.topReviewed.map((w: { title: string }) => w.title).sort()).toEqual((titles as string[]).sort());
    expect(ours.statements.map((s) => s.query)).toEqual(['nodesByIds@Work']);
    expect(Object.values(ours.statements[0].params.byLabel as Record<string, string[]>).flat()).toHaveLength(3);
  });

  it('extends Person by id', async () => {
    const [{ id }] = await cypher(driver, 'MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 1');
    const res = await viaGateway(`{ person(id: "${id}") { name interviews } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.person.interviews).toEqual([`Interview with ${id}`]);
  });

  it('answers a batch of 200 representations with one statement', async () => {
    const [{ ids }] = await cypher(driver, 'MATCH (n) WHERE NOT n:Source RETURN collect(n.id)[0..200] AS ids');
    const labelOf = await cypher(driver, 'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n)[0] AS label', { ids });
    const representations = labelOf.map((r) => ({ __typename: r.label, id: r.id }));
    expect(representations).toHaveLength(200);
    ours.statements.length = 0;
    const res = await graphql(ours.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id } } }', {
      r: representations,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((e: { id: string }) => e.id)).toEqual(representations.map((r) => r.id));
    // One statement, its lookup narrowed to the labels the batch holds (in the model's order).
    const labels = LABELS.filter((l) => representations.some((r) => r.__typename === l));
    expect(labels.length).toBeGreaterThan(2);
    expect(ours.statements.map((s) => s.query)).toEqual([`nodesByIds@${labels.join('+')}`]);
  });

  it('answers each malformed representation with BAD_USER_INPUT naming its index and field, and resolves the good ones beside it', async () => {
    const [{ works }] = await cypher(
      driver,
      'MATCH (w:Work) WITH w ORDER BY w.id LIMIT 2 RETURN collect({id: w.id, title: w.title}) AS works',
    );
    const [first, second] = works as { id: string; title: string }[];
    const representations = [
      { __typename: 'Work', id: first.id },
      { __typename: 'Work' },
      { __typename: 'Work', id: 42 },
      { __typename: 'Dragon', id: first.id },
      first.id,
      { id: second.id },
      { __typename: 'Work', id: second.id },
      // Well formed, but no Region has this id: null without an error, as federation expects.
      { __typename: 'Region', id: second.id },
    ];
    const res = await graphql(ours.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Work { id title } } }', {
      r: representations,
    });
    expect(res.status).toBe(200);
    expect(res.data!._entities).toEqual([first, null, null, null, null, null, second, null]);
    const byIndex = new Map(res.errors!.map((e) => [Number(e.path![1]), e]));
    expect([...byIndex.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(res.errors!.map((e) => e.extensions!.code)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(byIndex.get(1)!.message).toBe('representations[1].id: is missing; a Work is looked up by its id');
    expect(byIndex.get(2)!.message).toBe('representations[2].id: must be a string, got 42');
    expect(byIndex.get(2)!.extensions).toMatchObject({ argument: 'representations', index: 2, field: 'id' });
    expect(byIndex.get(3)!.message).toMatch(
      /^representations\[3\]\.__typename: "Dragon" is not an entity type of this graph; expected one of (\w+, )*Work\b/,
    );
    expect(byIndex.get(4)!.message).toBe(
      `representations[4]: must be an object such as {"__typename": "Work", "id": "work:infernal-affairs"}, got "${first.id}"`,
    );
    expect(byIndex.get(5)!.message).toMatch(/^representations\[5\]\.__typename: is missing; expected one of /);
  });

  it('names a malformed representation written into the query itself, not only one passed as a variable', async () => {
    const res = await graphql(ours.url, '{ _entities(representations: [{__typename: "Work", id: ["a"]}, [1, 2]]) { __typename } }');
    expect(res.data!._entities).toEqual([null, null]);
    expect(res.errors!.map((e) => [e.extensions!.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'representations[0].id: must be a string, got ["a"]'],
      ['BAD_USER_INPUT', 'representations[1]: must be an object such as {"__typename": "Work", "id": "work:infernal-affairs"}, got [1,2]'],
    ]);
  });
});
