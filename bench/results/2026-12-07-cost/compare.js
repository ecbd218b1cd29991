// Side by side: the planning time (EXPLAIN, plan cache cleared) of the list statement for the OR of N
// relationship tests, as two builds translate it, interleaved round by round; medians.
// usage: NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=… node compare.js <dist before> <dist after> <rounds> [N…]
const path = require('node:path');
const neo4j = require('neo4j-driver');

const QUANTIFIERS = ['some', 'none', 'all'];
const TYPES = ['EXPORTED_TO', 'IMPORTED_FROM'];
const test = (i) => ({
  [QUANTIFIERS[i % 3]]: { type: TYPES[i % 2], direction: i % 4 < 2 ? 'OUT' : 'IN', fact: { field: 'year', gte: 2000 + i } },
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function translator(dir) {
  const dist = path.resolve(dir);
  const { listFilter } = require(path.join(dist, 'src/graph/filter'));
  const { Statements } = require(path.join(dist, 'src/graph/statements'));
  const { listStatement } = require(path.join(dist, 'src/graph/statements/entityPage'));
  const statements = new Statements();
  return (filter) => {
    const f = listFilter('Region', filter);
    const call = listStatement('Region', { anyOf: f.anyOf, relationships: f.relationships, sortField: 'name', descending: false, offset: 0, limit: 100 }, statements.indexedProperties());
    return { text: statements.text(call.name), params: call.params };
  };
}

async function explainMs(driver, { text, params }) {
  const s = driver.session({ database: 'neo4j' });
  try {
    await s.run('CALL db.clearQueryCaches()');
    const t = process.hrtime.bigint();
    await s.run(`EXPLAIN ${text}`, params, { timeout: 120_000 });
    return Number(process.hrtime.bigint() - t) / 1e6;
  } finally {
    await s.close();
  }
}

async function main() {
  const [before, after, rounds, ...ns] = process.argv.slice(2);
  const builds = { before: translator(before), after: translator(after) };
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
  await explainMs(driver, builds.before({ OR: [test(0)] })); // warm the server's own code paths
  console.log('| OR-ed tests | before: EXPLAIN ms | after: EXPLAIN ms | before/after | same answer |');
  console.log('| ---: | ---: | ---: | ---: | --- |');
  for (const n of ns.map(Number)) {
    const filter = { OR: Array.from({ length: n }, (_, i) => test(i)) };
    const statements = { before: builds.before(filter), after: builds.after(filter) };
    const times = { before: [], after: [] };
    for (let r = 0; r < Number(rounds); r++) {
      for (const which of r % 2 ? ['after', 'before'] : ['before', 'after']) times[which].push(await explainMs(driver, statements[which]));
    }
    const totals = await Promise.all(
      ['before', 'after'].map(async (w) => String((await driver.executeQuery(statements[w].text, statements[w].params, { database: 'neo4j' })).records[0].get('total'))),
    );
    const [b, a] = [median(times.before), median(times.after)];
    console.log(`| ${n} | ${b.toFixed(0)} | ${a.toFixed(0)} | ${(b / a).toFixed(2)}x | ${totals[0] === totals[1]} (${totals[1]}) |`);
  }
  await driver.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
