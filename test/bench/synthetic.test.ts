/**
 * The synthetic graph behind the benchmark's larger scales: one seed gives one graph, its degrees are
 * heavy-tailed, and it loads beside the paper's seed through the id indexes, every fact citing
 * source:synthetic with a locator.
 */
import type { Driver } from 'neo4j-driver';
import { QueryCatalog, Statements } from '../../src/graph/statements';
import { applySchema } from '../../src/graph/schema';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { anchorPropsFromSeed, syntheticBatches } from '../../tools/synthetic/generate';
import { loadSynthetic, resetGraph, statementsOf, syntheticExecutor } from '../../tools/synthetic/load';
import type { Batch, RelationshipRow, SyntheticOptions } from '../../tools/synthetic/model';
import { parseArgs } from '../../tools/synthetic/cli';
import { loadRealSeed } from '../seed/graphChecksum';
import { cypher, quietLogger, testDriver, testEnv, testExecutor } from '../support/neo4j';

const batches = (options: SyntheticOptions): Batch[] => [...syntheticBatches(options, anchorPropsFromSeed(seedDir()))];
const rowsOf = (all: Batch[], part: string) => all.filter((b) => b.part === part).flatMap((b) => b.rows) as RelationshipRow[];

function degrees(rows: RelationshipRow[], end: 'from' | 'to'): number[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r[end], (counts.get(r[end]) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => b - a);
}

describe('the synthetic generator', () => {
  it('gives the same graph for the same seed and another for another seed', () => {
    const once = JSON.stringify(batches({ scale: 2, seed: 7 }));
    expect(JSON.stringify(batches({ scale: 2, seed: 7 }))).toBe(once);
    expect(JSON.stringify(batches({ scale: 2, seed: 8 }))).not.toBe(once);
  });

  it('makes heavy-tailed degrees: a few studios and platforms carry many works, most carry few', () => {
    const all = batches({ scale: 30, seed: 1 });
    // At this scale 359 studios share the co-productions and 15 platforms the airings.
    for (const [part, end, ratio] of [
      ['studiosCoProduceWorks', 'from', 20],
      ['worksAiredOnPlatforms', 'to', 5],
    ] as const) {
      const d = degrees(rowsOf(all, part), end);
      const median = d[Math.floor(d.length / 2)];
      expect({ part, headOverMedian: d[0] / median > ratio }).toEqual({ part, headOverMedian: true });
    }
    const origins = new Set(rowsOf(all, 'worksOriginateFromRegions').map((r) => r.from));
    expect(origins.size).toBe(3000);
  });

  it('refuses a bad scale or seed with a message naming the flag', () => {
    expect(() => parseArgs(['--scale', '0'])).toThrow(/--scale must be a number above 0/);
    expect(() => parseArgs(['--scale', '10', '--seed', '-1'])).toThrow(/--seed must be a whole number/);
    expect(() => parseArgs([])).toThrow(/--scale is required/);
    expect(parseArgs(['--scale', '2.5', '--reset'])).toEqual({ scale: 2.5, seed: 1, reset: true });
  });
});

describe('loading the synthetic graph', () => {
  let driver: Driver;
  const options = { scale: 3, seed: 5 };

  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(syntheticExecutor(driver, testEnv().NEO4J_DATABASE, quietLogger()));
    await loadRealSeed(driver, { reset: false });
  });
  afterAll(async () => {
    await driver.close();
  });

  it('loads beside the paper seed, changes nothing on a second load, and leaves the paper facts alone', async () => {
    const graph = syntheticExecutor(driver, testEnv().NEO4J_DATABASE, quietLogger());
    const [paper] = await cypher(
      driver,
      "MATCH ()-[r]->() WHERE r.source <> 'source:synthetic' RETURN count(r) AS n, collect(r.id)[0..5] AS sample",
    );
    // An anchor (a node of the paper the synthetic graph hangs on) as a curator left it: the load must keep it so.
    await cypher(driver, "MATCH (s:Studio {id: 'studio:tvb'}) SET s.note = 'curated after the seed'");
    const first = await loadSynthetic(graph, options, seedDir());
    const second = await loadSynthetic(graph, options, seedDir());
    expect(second.graph).toEqual(first.graph);
    const [synthetic] = await cypher(driver, "MATCH ()-[r]->() WHERE r.source = 'source:synthetic' RETURN count(r) AS n");
    // Every row written is its own relationship: the generator never repeats an id.
    expect(synthetic.n).toBe(Object.values(first.relationships).reduce((a, b) => a + b, 0));
    const [after] = await cypher(driver, "MATCH ()-[r]->() WHERE r.source <> 'source:synthetic' RETURN count(r) AS n");
    expect(after.n).toBe(paper.n);
    const [tvb] = await cypher(driver, "MATCH (s:Studio {id: 'studio:tvb'}) RETURN s.name AS name, s.note AS note");
    expect(tvb).toEqual({ name: 'Television Broadcasts Limited', note: 'curated after the seed' });
  });

  it('gives every synthetic node a citation and every synthetic relationship a locator', async () => {
    const [uncited] = await cypher(
      driver,
      `MATCH (n) WHERE any(l IN labels(n) WHERE l <> 'Source') AND n.id CONTAINS ':syn-'
      AND NOT (n)-[:CITED_IN {source: 'source:synthetic'}]->(:Source {id: 'source:synthetic'}) RETURN count(n) AS n`,
    );
    expect(uncited.n).toBe(0);
    const [unlocated] = await cypher(
      driver,
      "MATCH ()-[r]->() WHERE r.source = 'source:synthetic' AND (r.locator IS NULL OR r.id IS NULL) RETURN count(r) AS n",
    );
    expect(unlocated.n).toBe(0);
  });

  it('finds both ends of every relationship through the id indexes (the seed writes, labels written out)', async () => {
    await applySchema(testExecutor(driver), new QueryCatalog());
    const text = new Statements().text(statementsOf('worksAiredOnPlatforms')[0]);
    const session = driver.session({ database: testEnv().NEO4J_DATABASE });
    try {
      const result = await session.executeWrite((tx) => tx.run(`EXPLAIN ${text}`, { rows: [] }));
      const operators: string[] = [];
      const walk = (p: { operatorType: string; children: unknown[] }) => {
        operators.push(p.operatorType);
        p.children.forEach((c) => walk(c as typeof p));
      };
      walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.filter((o) => o.startsWith('NodeUniqueIndexSeek')).length).toBe(2);
      expect(operators.filter((o) => /AllNodesScan|NodeByLabelScan/.test(o))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
