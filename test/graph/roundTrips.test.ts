import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/statements';
import { graphql, startTestServer, TestServer } from '../support/http';
import { cypher, testDriver, testExecutor } from '../support/neo4j';

// Two platforms that aired 10 and 200 works; each work comes from one of 20 regions, each region
// imported from the next. A three-level query over either must cost the same statements.
const NESTED = `query ($id: ID!) {
  platform(id: $id) {
    airings { node { id ... on Work { origins { node { id ... on Region { imports { node { id } } } } } } } }
  }
}`;
// The same query loaded level by level: a directive on a field keeps the loader from fetching it with the level above.
const LEVEL_BY_LEVEL = NESTED.replace('airings {', 'airings @include(if: true) {')
  .replace('origins {', 'origins @include(if: true) {')
  .replace('imports {', 'imports @include(if: true) {');

async function createShapes(driver: Driver): Promise<void> {
  await cypher(
    driver,
    `
    UNWIND range(0, 19) AS i
    MERGE (r:Region {id: 'region:rt-' + i}) SET r.name = 'RT region ' + i`,
  );
  await cypher(
    driver,
    `
    UNWIND range(0, 19) AS i
    MATCH (a:Region {id: 'region:rt-' + i}), (b:Region {id: 'region:rt-' + ((i + 1) % 20)})
    MERGE (a)-[:IMPORTED_FROM {id: 'rt-imp-' + i, year: 2022, source: 'source:test', locator: 'test'}]->(b)`,
  );
  for (const [platform, count] of [
    ['platform:rt-small', 10],
    ['platform:rt-large', 200],
  ] as const) {
    await cypher(
      driver,
      `
      MERGE (p:Platform {id: $platform}) SET p.name = $platform
      WITH p UNWIND range(1, $count) AS i
      MERGE (w:Work {id: 'work:' + substring($platform, 9) + '-' + i}) SET w.title = 'RT work ' + i
      MERGE (w)-[:AIRED_ON {id: 'rt-air-' + $platform + i, source: 'source:test', locator: 'test'}]->(p)
      WITH w, i MATCH (r:Region {id: 'region:rt-' + (i % 20)})
      MERGE (w)-[:ORIGINATES_FROM {id: 'rt-orig-' + w.id, source: 'source:test', locator: 'test'}]->(r)`,
      { platform, count },
    );
  }
}

describe('round trips per GraphQL request', () => {
  let driver: Driver;
  let server: TestServer;

  beforeAll(async () => {
    driver = testDriver();
    await applySchema(testExecutor(driver), new QueryCatalog());
    await createShapes(driver);
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await cypher(
      driver,
      "MATCH (n) WHERE n.id STARTS WITH 'region:rt-' OR n.id STARTS WITH 'platform:rt-' OR n.id STARTS WITH 'work:rt-' DETACH DELETE n",
    );
    await driver.close();
  });

  async function statementsFor(platformId: string, query = NESTED) {
    server.statements.length = 0;
    const res = await graphql(server.url, query, { id: platformId });
    expect(res.errors).toBeUndefined();
    return { res, statements: [...server.statements] };
  }

  it('sends the same statements for 10 items as for 200: the count follows depth, not breadth', async () => {
    const small = await statementsFor('platform:rt-small');
    const large = await statementsFor('platform:rt-large');
    expect(small.res.data!.platform.airings).toHaveLength(10);
    expect(large.res.data!.platform.airings).toHaveLength(200);
    // The platform and its chain of three relationship fields, in one statement.
    expect(small.statements.map((s) => s.query)).toEqual([
      'relationshipChain@Platform.AIRED_ON.IN,Work.ORIGINATES_FROM.OUT,Region.IMPORTED_FROM.OUT',
    ]);
    expect(large.statements.map((s) => s.query)).toEqual(small.statements.map((s) => s.query));
    expect(large.statements[0].params.reads).toHaveLength(3);
  });

  it('sends one statement per level when the levels cannot go together, the same for 10 items as for 200', async () => {
    const small = await statementsFor('platform:rt-small', LEVEL_BY_LEVEL);
    const large = await statementsFor('platform:rt-large', LEVEL_BY_LEVEL);
    expect(large.res.data).toEqual((await statementsFor('platform:rt-large')).res.data);
    // Core types go to the statement with the type in its pattern.
    expect(small.statements.map((s) => s.query)).toEqual([
      'nodesByIds@Platform',
      'relationshipsOfType@AIRED_ON',
      'relationshipsOfType@ORIGINATES_FROM',
      'relationshipsOfType@IMPORTED_FROM',
    ]);
    expect(large.statements.map((s) => s.query)).toEqual(small.statements.map((s) => s.query));
  });

  it('batches each level into one statement holding every key of that level', async () => {
    const { statements } = await statementsFor('platform:rt-large', LEVEL_BY_LEVEL);
    const keys = statements.map((s) => (s.params.keys ?? Object.values(s.params.byLabel as Record<string, string[]>).flat()) as unknown[]);
    expect(keys[0]).toEqual([{ id: 'platform:rt-large' }]);
    expect(keys[1]).toEqual([{ id: 'platform:rt-large', type: 'AIRED_ON', direction: 'IN' }]);
    expect(keys[2]).toHaveLength(200);
    expect(new Set((keys[2] as { type: string }[]).map((k) => k.type))).toEqual(new Set(['ORIGINATES_FROM']));
    // 200 works come from 20 regions; the loader asks for each region's imports once.
    expect(keys[3]).toHaveLength(20);
    expect(statements.every((s) => s.mode === 'READ')).toBe(true);
  });

  it('answers the nested query with what the database holds', async () => {
    const { res } = await statementsFor('platform:rt-small');
    const work1 = res.data!.platform.airings.find((a: { node: { id: string } }) => a.node.id === 'work:rt-small-1');
    expect(work1.node.origins[0].node.id).toBe('region:rt-1');
    expect(work1.node.origins[0].node.imports[0].node.id).toBe('region:rt-2');
  });

  // The first request asks exactly what the second does, so a loader cache that outlived its request
  // would hold the very entry the second needs and answer the old name without a statement.
  it('does not share a loader cache between requests', async () => {
    const lookup = '{ region(id: "region:rt-1") { name } }';
    await cypher(driver, "MATCH (r:Region {id: 'region:rt-1'}) SET r.name = 'RT region 1'");
    expect((await graphql(server.url, lookup)).data!.region.name).toBe('RT region 1');
    await cypher(driver, "MATCH (r:Region {id: 'region:rt-1'}) SET r.name = 'renamed between requests'");
    server.statements.length = 0;
    const res = await graphql(server.url, lookup);
    expect(res.data!.region.name).toBe('renamed between requests');
    expect(server.statements.map((s) => s.query)).toEqual(['nodesByIds@Region']);
  });
});
