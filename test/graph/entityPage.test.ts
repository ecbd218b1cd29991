/**
 * The list statements chosen per request (src/graph/statements/entityPage.ts): their names admit nothing but the
 * model's labels and the schema's indexes, every way of reading a page gives what a plain reading of
 * all works gives, and Neo4j reaches the works through the label and its indexes, never every node.
 */
import type { Driver } from 'neo4j-driver';
import { listStatement } from '../../src/graph/statements/entityPage';
import { Graph } from '../../src/graph/graph';
import type { FilterInput } from '../../src/graph/filter';
import { listFilter, toAnyOf } from '../../src/graph/filter';
import { Statements } from '../../src/graph/statements';
import { GraphStore } from '../../src/graph/store';
import { loadRealSeed, query } from '../seed/graphChecksum';
import { testDriver, testEnv, testExecutor } from '../support/neo4j';

type Props = Record<string, any>;

const catalog = new Statements();
let driver: Driver;
let graph: Graph;
let allWorks: Props[];

beforeAll(async () => {
  driver = testDriver();
  await loadRealSeed(driver);
  graph = testExecutor(driver);
  allWorks = (await query(driver, 'MATCH (w:Work) RETURN properties(w) AS p')).map((r) => r.p as Props);
});
afterAll(() => driver.close());

/**
 * The plain reading: every work, kept and sorted in JavaScript, titles regardless of case, ties by id,
 * missing values last (first when descending).
 */
function expected(keep: (w: Props) => boolean, sortField: string, descending: boolean, offset: number, limit: number): string[] {
  const rank = (w: Props) => (sortField === 'title' ? (w.title as string).toLowerCase() : w[sortField]);
  const compare = (a: Props, b: Props) => {
    const [x, y] = [rank(a), rank(b)];
    if (x !== y) {
      if (x === undefined) return descending ? -1 : 1;
      if (y === undefined) return descending ? 1 : -1;
      return (x < y ? -1 : 1) * (descending ? -1 : 1);
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return allWorks
    .filter(keep)
    .sort(compare)
    .slice(offset, offset + limit)
    .map((w) => w.id);
}

const CASES: { filter: FilterInput | null; keep: (w: Props) => boolean }[] = [
  { filter: null, keep: () => true },
  { filter: { field: 'kind', eq: 'FILM', AND: [{ field: 'year', gte: 2010 }] }, keep: (w) => w.kind === 'FILM' && w.year >= 2010 },
  { filter: { field: 'year', in: [2019, 2021, 2022] }, keep: (w) => [2019, 2021, 2022].includes(w.year) },
  {
    filter: {
      field: 'year',
      lt: 2000,
      OR: [
        { field: 'kind', eq: 'DRAMA' },
        { field: 'kind', eq: 'FILM' },
      ],
    },
    keep: (w) => w.year < 2000 && ['DRAMA', 'FILM'].includes(w.kind),
  },
  { filter: { NOT: { field: 'kind', eq: 'FILM' } }, keep: (w) => w.kind !== 'FILM' },
  {
    filter: {
      field: 'year',
      gte: 1990,
      AND: [
        { field: 'year', gte: 2005 },
        { field: 'kind', eq: 'FILM' },
      ],
    },
    keep: (w) => w.year >= 2005 && w.kind === 'FILM',
  },
  {
    filter: { field: 'title', contains: 'the', AND: [{ field: 'year', exists: true }] },
    keep: (w) => /the/i.test(w.title) && w.year !== undefined,
  },
];

describe('list statements', () => {
  it("give the plain reading's page for every filter, sort, direction and offset", async () => {
    const store = new GraphStore(graph);
    let compared = 0;
    for (const { filter, keep } of CASES) {
      for (const sortField of ['id', 'title', 'year', 'runtimeMinutes']) {
        for (const descending of [false, true]) {
          for (const [offset, limit] of [
            [0, 5],
            [3, 40],
            [0, 100],
          ]) {
            const { total, entities } = await store.entityPage('Work', { filter, sortField, descending, offset, limit });
            expect({ total, ids: entities.map((e) => e.id) }).toEqual({
              total: allWorks.filter(keep).length,
              ids: expected(keep, sortField, descending, offset, limit),
            });
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(CASES.length * 4 * 2 * 3);
  });

  /** The operators of Neo4j's own plan for a named statement. */
  async function operators(name: string, params: Record<string, unknown>): Promise<string[]> {
    const result = await driver.executeQuery(`PROFILE ${catalog.text(name)}`, params, { database: testEnv().NEO4J_DATABASE });
    const seen: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      seen.push(p.operatorType.split('@')[0]);
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(result.summary.profile as unknown as { operatorType: string; children: unknown[] });
    return seen;
  }

  /** The rows each way of reading handed on (the operator under its collect), and the statement's db hits. */
  async function readings(name: string, params: Record<string, unknown>): Promise<{ walked: number; sorted: number; dbHits: number }> {
    const result = await driver.executeQuery(`PROFILE ${catalog.text(name)}`, params, { database: testEnv().NEO4J_DATABASE });
    const found = { walked: -1, sorted: -1, dbHits: 0 };
    const walk = (p: any) => {
      found.dbHits += p.dbHits;
      const into = /collect\(n\) AS (walked|sorted)/.exec(p.arguments.Details ?? '')?.[1] as 'walked' | 'sorted' | undefined;
      if (into) found[into] = p.children[0].rows;
      p.children.forEach(walk);
    };
    walk(result.summary.profile);
    return found;
  }

  it('walk the sort index only when total² > (offset + limit) × label size, and read the other way not at all', async () => {
    const walks = { seen: 0, sorts: 0 };
    for (const { filter, keep } of CASES.slice(0, 3)) {
      for (const sort of ['id', 'title']) {
        for (const [offset, limit] of [
          [0, 5],
          [3, 40],
          [60, 40],
        ]) {
          const call = listStatement(
            'Work',
            { anyOf: toAnyOf(filter), sortField: sort, descending: sort === 'title', offset, limit },
            catalog.indexedProperties(),
          );
          const total = allWorks.filter(keep).length;
          const shouldWalk = total * total > (offset + limit) * allWorks.length;
          const onPage = Math.max(0, Math.min(limit, total - offset));
          const read = await readings(call.name, call.params);
          expect({ sort, filter, offset, read: [read.walked, read.sorted] }).toEqual({
            sort,
            filter,
            offset,
            read: shouldWalk ? [onPage, 0] : [0, onPage],
          });
          if (shouldWalk) walks.seen++;
          else walks.sorts++;
        }
      }
    }
    // Both ways were tried.
    expect(walks.seen).toBeGreaterThan(0);
    expect(walks.sorts).toBeGreaterThan(0);
  });

  it('reach works through their label and indexes, never by scanning every node', async () => {
    const call = listStatement(
      'Work',
      {
        anyOf: toAnyOf({ field: 'kind', eq: 'FILM', AND: [{ field: 'year', gte: 2000 }] }),
        sortField: 'title',
        descending: false,
        offset: 0,
        limit: 20,
      },
      catalog.indexedProperties(),
    );
    const plan = await operators(call.name, call.params);
    expect(plan).toContain('NodeCountFromCountStore');
    // The walk seeks in the title index's order and stops early: a seek, so that when it does not walk it reads nothing.
    expect(plan).toContain('NodeIndexSeekByRange');
    expect(plan).toContain('PartialTop');
    expect(plan).not.toContain('AllNodesScan');
    expect(plan).not.toContain('NodeByLabelScan');
  });

  it('reach works through a relationship to one node by id through indexes: that node by id, then the works by id', async () => {
    const { anyOf, relationships } = listFilter('Work', {
      some: { type: 'ORIGINATES_FROM', node: { field: 'id', eq: 'region:mainland-china' } },
      AND: [{ field: 'kind', eq: 'FILM' }],
    });
    const call = listStatement(
      'Work',
      { anyOf, relationships, sortField: 'year', descending: false, offset: 0, limit: 20 },
      catalog.indexedProperties(),
    );
    const plan = await operators(call.name, call.params);
    expect(plan).toContain('NodeUniqueIndexSeek');
    expect(plan).not.toContain('NodeByLabelScan');
    expect(plan).not.toContain('AllNodesScan');
    // The same answer as the plain reading, which holds at least the Mainland films of Table 4 (rows 1-3, 5-10, 12, 14-17).
    const [row] = await graph.read(call.name, call.params);
    const expectedIds = await query(
      driver,
      "MATCH (w:Work {kind: 'FILM'})-[:ORIGINATES_FROM]->(:Region {id: 'region:mainland-china'}) RETURN DISTINCT w.id AS id",
    );
    expect(row.total).toBe(expectedIds.length);
    expect(expectedIds.length).toBeGreaterThanOrEqual(14);
  });
});
