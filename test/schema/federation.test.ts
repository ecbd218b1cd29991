import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/queries';
import { loadSeed } from '../../src/seed/load';
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
    const executor = testExecutor(driver);
    await applySchema(executor, new QueryCatalog());
    await loadSeed(executor, readSeed(seedDir()), { reset: true });
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
    const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };

  it('joins our works with the other graph\'s fields, across a relationship', async () => {
    const res = await viaGateway(`{ work(id: "work:infernal-affairs") {
      title criticsScore remadeAs { year node { ... on Work { title criticsScore reviewCount } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.work).toEqual({
      title: 'Infernal Affairs', criticsScore: 9.1,
      remadeAs: [{ year: 2006, node: { title: 'The Departed', criticsScore: 8.7, reviewCount: 3 } }],
    });
  });

  it('resolves the other graph\'s list with our titles, in one batch', async () => {
    ours.statements.length = 0;
    const res = await viaGateway('{ topReviewed { id title criticsScore year } }');
    expect(res.errors).toBeUndefined();
    const [{ titles }] = await cypher(driver, 'MATCH (w:Work) WHERE w.id IN $ids RETURN collect(w.title) AS titles', { ids: Object.keys(SCORES) });
    expect(res.data.topReviewed.map((w: { title: string }) => w.title).sort()).toEqual((titles as string[]).sort());
    expect(ours.statements.map((s) => s.query)).toEqual(['nodesByIds']);
    expect(ours.statements[0].params.ids).toHaveLength(3);
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
    const res = await graphql(ours.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id } } }', { r: representations });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((e: { id: string }) => e.id)).toEqual(representations.map((r) => r.id));
    expect(ours.statements.map((s) => s.query)).toEqual(['nodesByIds']);
  });
});
