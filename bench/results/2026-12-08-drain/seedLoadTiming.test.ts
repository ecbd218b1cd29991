/**
 * A measurement, not a check: the whole seed loaded into an emptied graph with Neo4j's plans cleared first (a cold
 * load, as on a Neo4j just started), by the seed statements before this branch (bare upserts, /tmp/oldcypher) and
 * after (each answering before/after for the history), alternately. bench/results/2026-12-08-drain/README.md.
 */
import { graphOn } from '../../src/graph/graph';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/statements';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { cypher, quietLogger, testDriver, testEnv } from '../support/neo4j';

it('times cold seed loads, before and after', async () => {
  const driver = testDriver();
  const files = readSeed(seedDir());
  const on = (dir?: string) =>
    graphOn(driver, quietLogger(), { database: testEnv().NEO4J_DATABASE, txTimeoutMs: 900_000 }, new QueryCatalog(dir));
  await applySchema(on(), new QueryCatalog());
  const times: Record<string, number[]> = { before: [], after: [] };
  for (let round = 0; round < 2; round++) {
    for (const [name, dir] of [['before', '/tmp/oldcypher'], ['after', undefined]] as const) {
      await cypher(driver, 'MATCH (n) DETACH DELETE n');
      await cypher(driver, 'CALL db.clearQueryCaches()');
      const started = performance.now();
      await loadSeed(on(dir), files, { reset: true });
      times[name].push(Math.round(performance.now() - started));
    }
  }
  console.log(`cold seed loads (ms): ${JSON.stringify(times)}`);
  await driver.close();
  expect(times.after.length).toBe(2);
}, 3_600_000);
