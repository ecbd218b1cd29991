// The experiment behind the change of the list statement: the 16-way OR's text as it was (the filter written
// three times: count, walk, sort) against one copy (count and page from one collected, sorted match), EXPLAIN
// with the plan cache cleared, median of 3.
// usage: NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=… node oneCopy.js <dist folder> [N…]
const path = require('node:path');
const neo4j = require('neo4j-driver');
const dist = path.resolve(process.argv[2] || 'dist');
const { listFilter } = require(path.join(dist, 'src/graph/filter'));
const { Statements } = require(path.join(dist, 'src/graph/statements'));
const { listStatement } = require(path.join(dist, 'src/graph/statements/entityPage'));

const QUANTIFIERS = ['some', 'none', 'all'];
const TYPES = ['EXPORTED_TO', 'IMPORTED_FROM'];
const test = (i) => ({
  [QUANTIFIERS[i % 3]]: { type: TYPES[i % 2], direction: i % 4 < 2 ? 'OUT' : 'IN', fact: { field: 'year', gte: 2000 + i } },
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function explain(driver, text, params) {
  const times = [];
  for (let k = 0; k < 3; k++) {
    const s = driver.session({ database: 'neo4j' });
    try {
      await s.run('CALL db.clearQueryCaches()');
      const t = process.hrtime.bigint();
      await s.run(`EXPLAIN ${text}`, params, { timeout: 120_000 });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    } finally {
      await s.close();
    }
  }
  return median(times);
}

async function main() {
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
  const statements = new Statements();
  console.log('| OR-ed tests | three copies: EXPLAIN ms | one copy: EXPLAIN ms | same total |');
  console.log('| ---: | ---: | ---: | --- |');
  for (const n of process.argv.slice(3).map(Number)) {
    const f = listFilter('Region', { OR: Array.from({ length: n }, (_, i) => test(i)) });
    const call = listStatement('Region', { anyOf: f.anyOf, relationships: f.relationships, sortField: 'name', descending: false, offset: 0, limit: 100, properties: ['id'] }, statements.indexedProperties());
    const text = statements.text(call.name);
    const matches = /CALL \(\) \{ (MATCH \(n:Region\)[\s\S]*?) RETURN count\(n\) AS total \}/.exec(text)[1];
    const one = `CALL () { ${matches} WITH n ORDER BY CASE WHEN $descending THEN n[$sortField] END DESC, CASE WHEN NOT $descending THEN n[$sortField] END ASC, n.id RETURN collect(n) AS matched }
RETURN size(matched) AS total, [n IN matched[toInteger($offset)..toInteger($offset) + toInteger($limit)] | n.id] AS page`;
    const a = await driver.executeQuery(text, call.params, { database: 'neo4j' });
    const b = await driver.executeQuery(one, call.params, { database: 'neo4j' });
    const same = String(a.records[0].get('total')) === String(b.records[0].get('total'));
    console.log(`| ${n} | ${(await explain(driver, text, call.params)).toFixed(0)} | ${(await explain(driver, one, call.params)).toFixed(0)} | ${same} |`);
  }
  await driver.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
