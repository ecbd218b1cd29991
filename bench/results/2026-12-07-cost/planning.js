// How long Neo4j takes to plan (EXPLAIN) and to plan + run (PROFILE) the list statement our translation makes
// for a regions filter of N relationship tests, OR-ed, AND-ed or nested, with the plan cache cleared each time.
// usage: NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=… node planning.js <dist folder> [N…]
const path = require('node:path');
const neo4j = require('neo4j-driver');
const dist = path.resolve(process.argv[2] || 'dist');
const { listFilter } = require(path.join(dist, 'src/graph/filter'));
const { Statements } = require(path.join(dist, 'src/graph/statements'));
const { listStatement } = require(path.join(dist, 'src/graph/statements/entityPage'));
const { QueryCatalog } = require(path.join(dist, 'src/graph/statements'));

const QUANTIFIERS = ['some', 'none', 'all'];
const TYPES = ['EXPORTED_TO', 'IMPORTED_FROM'];
/** Test i of a series: quantifier, type and direction cycle, each with its own fact test. */
const test = (i) => ({
  [QUANTIFIERS[i % 3]]: { type: TYPES[i % 2], direction: i % 4 < 2 ? 'OUT' : 'IN', fact: { field: 'year', gte: 2000 + i } },
});
/** Nested: a some whose other end must pass test i (two levels). */
const nested = (i) => ({ some: { type: TYPES[(i + 1) % 2], node: test(i) } });
/** Bare: no tests on the relationship or the other end. */
const bare = (i) => ({ [QUANTIFIERS[i % 3]]: { type: TYPES[i % 2], direction: i % 4 < 2 ? 'OUT' : 'IN' } });
const SHAPES = {
  'OR bare': (n) => ({ OR: Array.from({ length: n }, (_, i) => bare(i)) }),
  OR: (n) => ({ OR: Array.from({ length: n }, (_, i) => test(i)) }),
  AND: (n) => ({ AND: Array.from({ length: n }, (_, i) => test(i)) }),
  'OR nested': (n) => ({ OR: Array.from({ length: n }, (_, i) => nested(i)) }),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const counts = process.argv.slice(3).map(Number);
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
  const catalog = new QueryCatalog();
  const statements = new Statements(catalog);
  const session = () => driver.session({ database: 'neo4j' });
  const idx = statements.indexedProperties();
  console.log('| filter | tests | statement chars | EXPLAIN ms (median of 3) | PROFILE ms | rows | db hits |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [shape, make] of Object.entries(SHAPES).filter(([s]) => !process.env.SHAPES || process.env.SHAPES.split(',').includes(s))) {
    for (const n of counts.length ? counts : [1, 2, 4, 8, 12, 16]) {
      const f = listFilter('Region', make(n));
      const call = listStatement('Region', { anyOf: f.anyOf, relationships: f.relationships, sortField: 'name', descending: false, offset: 0, limit: 100 }, idx);
      const text = statements.text(call.name);
      const explain = [];
      let outcome = '';
      for (let k = 0; k < 3; k++) {
        const s = session();
        try {
          await s.run('CALL db.clearQueryCaches()');
          const t = process.hrtime.bigint();
          await s.run(`EXPLAIN ${text}`, call.params, { timeout: 120_000 });
          explain.push(Number(process.hrtime.bigint() - t) / 1e6);
        } catch (e) {
          outcome = e.code || e.message;
        } finally {
          await s.close();
        }
        if (outcome) break;
      }
      let profile = { ms: NaN, rows: NaN, hits: NaN };
      if (!outcome) {
        const s = session();
        try {
          await s.run('CALL db.clearQueryCaches()');
          const t = process.hrtime.bigint();
          const r = await s.run(`PROFILE ${text}`, call.params, { timeout: 120_000 });
          const ms = Number(process.hrtime.bigint() - t) / 1e6;
          const hits = (p) => (p.dbHits || 0) + (p.children || []).reduce((a, c) => a + hits(c), 0);
          profile = { ms, rows: r.records[0]?.get('total')?.toNumber?.() ?? r.records[0]?.get('total'), hits: hits(r.summary.profile) };
        } finally {
          await s.close();
        }
      }
      const ex = outcome ? outcome : median(explain).toFixed(0);
      console.log(`| ${shape} | ${n} | ${text.length} | ${ex} | ${profile.ms.toFixed(0)} | ${profile.rows} | ${profile.hits} |`);
    }
  }
  await driver.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
