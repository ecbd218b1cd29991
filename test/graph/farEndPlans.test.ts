/**
 * How Neo4j reaches the matches of a filter through a relationship that names its other end by id, read from the
 * plan of the statement the store really sends (the executor reports it): a list page starts at that end's unique
 * index and walks its relationships, testing their conditions as it goes, instead of testing the list's label or
 * seeking every neighbour again by id; a fact aggregate follows its ends' relationships only for the facts its own
 * tests keep. The answers are the paper's.
 */
import type { Driver } from 'neo4j-driver';
import { factsAggregate } from '../../src/graph/aggregate';
import type { StatementEvent } from '../../src/graph/executor';
import type { Graph } from '../../src/graph/graph';
import { Statements } from '../../src/graph/statements';
import { GraphStore } from '../../src/graph/store';
import { loadRealSeed, query } from '../seed/graphChecksum';
import { testDriver, testEnv, testExecutor } from '../support/neo4j';

interface Plan {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const statements = new Statements();
let driver: Driver;
let graph: Graph;
const sent: StatementEvent[] = [];

beforeAll(async () => {
  driver = testDriver();
  await loadRealSeed(driver);
  graph = testExecutor(driver, (e) => sent.push(e));
});
afterAll(() => driver.close());
beforeEach(() => {
  sent.length = 0;
});

/** The plan of the one statement that answered (the executor reports it by name), profiled with its parameters. */
async function planOfSent(): Promise<Plan[]> {
  const answering = sent.filter((e) => e.query !== 'propertyKeys');
  expect(answering).toHaveLength(1);
  const [{ query: name, params }] = answering;
  const result = await driver.executeQuery(`PROFILE ${statements.text(name)}`, params, { database: testEnv().NEO4J_DATABASE });
  const operators: Plan[] = [];
  const walk = (p: Plan) => {
    operators.push(p);
    p.children.forEach(walk);
  };
  walk(result.summary.profile as unknown as Plan);
  return operators;
}

const named = (operators: Plan[], type: string) => operators.filter((p) => p.operatorType.split('@')[0] === type);
const details = (p: Plan) => String(p.arguments.Details ?? '');

// Table 7: Hong Kong local films 2022, rows 1 to 8 are over HK$10 million (row 8, Far Far Away: 10,701,849).
const TABLE_7_OVER_10_MILLION = 8;

describe('a filter through a relationship to one node by id', () => {
  it("starts a list page at that node's unique index and walks its relationships (Table 7, rows 1-8)", async () => {
    const store = new GraphStore(graph);
    const filter = {
      some: {
        type: 'RELEASED_IN',
        node: { field: 'id', eq: 'region:hong-kong' },
        fact: { field: 'year', eq: 2022, AND: [{ field: 'boxOfficeHKD', gt: 10_000_000 }] },
      },
    };
    const { total, entities } = await store.entityPage('Work', { filter, sortField: 'title', descending: false, offset: 0, limit: 5 });
    expect(total).toBe(TABLE_7_OVER_10_MILLION);
    // The page a plain reading gives: from the region along its releases, by title regardless of case, ties by id.
    const byTitle = await query(
      driver,
      `MATCH (:Region {id: 'region:hong-kong'})<-[r:RELEASED_IN]-(w:Work) WHERE r.year = 2022 AND r.boxOfficeHKD > 10000000
       RETURN DISTINCT w.id AS id, w.sortName AS sortName ORDER BY sortName, id LIMIT 5`,
    );
    expect(entities.map((e) => e.id)).toEqual(byTitle.map((r) => r.id));

    const plan = await planOfSent();
    const seeks = named(plan, 'NodeUniqueIndexSeek').map(details);
    // The count and the sort each start at the region, and never seek the works again by id.
    expect(seeks.filter((d) => /:Region\(id\)/.test(d))).toHaveLength(2);
    expect(seeks.filter((d) => /:Work\(id\)/.test(d))).toEqual([]);
    const fromRegion = named(plan, 'Expand(All)').filter((p) => /\(m1\)<-\[r1:RELEASED_IN\]-\(n\)/.test(details(p)));
    expect(fromRegion).toHaveLength(2);
    expect(named(plan, 'NodeByLabelScan')).toEqual([]);
    expect(named(plan, 'AllNodesScan')).toEqual([]);
  });

  it("follows a fact aggregate's end relationships only for the facts its own tests keep (Table 4: 14 Mainland films)", async () => {
    const rows = await factsAggregate(graph, {
      type: 'RELEASED_IN',
      fact: { field: 'year', eq: 2022 },
      to: { field: 'id', eq: 'region:hong-kong' },
      from: { some: { type: 'ORIGINATES_FROM', node: { field: 'id', eq: 'region:mainland-china' } } },
      properties: ['boxOfficeHKD'],
    });
    expect(rows.map((r) => [r.count, r.values[0].sum])).toEqual([[14, 5_431_117]]);

    const [releases] = await query(
      driver,
      "MATCH (:Region {id: 'region:hong-kong'})<-[r:RELEASED_IN]-(:Work) RETURN count(r) AS all, count(CASE WHEN r.year = 2022 THEN r END) AS of2022",
    );
    // Without this the test would prove nothing: Hong Kong has releases of other years.
    expect(releases.all).toBeGreaterThan(releases.of2022 as number);
    const plan = await planOfSent();
    const origins = named(plan, 'Expand(All)').filter((p) => /ORIGINATES_FROM/.test(details(p)));
    expect(origins).toHaveLength(1);
    const [argument] = named(origins[0].children, 'Argument');
    expect(argument.rows).toBe(releases.of2022);
  });
});
