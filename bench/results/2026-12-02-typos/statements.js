// The search statements alone, interleaved from one driver loop, 300 runs each after 30 discarded:
//   git show 0b360b5:cypher/searchEntities.cypher > /tmp/before-search.cypher
//   npm run build && npm run db:start && npm run seed -- --reset
//   node bench/results/2026-12-02-typos/statements.js [text]
// before: 0b360b5's statement (one Lucene reading); after: this tree's, with its tiers for the text; the
// exact tier alone and every tier (typos included) for comparison. `RETURN 1` is the round trip.
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '../../..');
const neo4j = require(path.join(root, 'node_modules/neo4j-driver'));
const { Statements } = require(path.join(root, 'dist/src/graph/statements'));
const { searchParams } = require(path.join(root, 'dist/src/graph/search/run'));
const { password } = JSON.parse(fs.readFileSync(path.join(root, '.neo4j/dev/credentials.json'), 'utf8'));
const driver = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', password));
const text = process.argv[2] || 'palace';
const search = new Statements().text('searchEntities');
const common = { labels: ['Work'], limit: 20, scanLimit: 100, properties: ['id', 'title'] };
const p = { ...searchParams(text, false), ...common };
const cases = {
  ping: ['RETURN 1', {}],
  before: [fs.readFileSync('/tmp/before-search.cypher', 'utf8'), { query: text, ...common }],
  after: [search, p],
  exactTierOnly: [search, { ...p, laterTiers: [], typoTiers: [] }],
  everyTier: [search, { ...p, laterTiers: [...p.laterTiers, ...p.typoTiers], typoTiers: [] }],
};
const q = (a, k) => a.slice().sort((x, y) => x - y)[Math.floor(a.length * k)];
(async () => {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < 330; i++)
    for (const [k, [statement, params]] of Object.entries(cases)) {
      const t = process.hrtime.bigint();
      await driver.executeQuery(statement, params, { routing: 'READ' });
      if (i >= 30) times[k].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  for (const [k, a] of Object.entries(times)) console.log(k.padEnd(14), 'p25', q(a, 0.25).toFixed(2), 'p50', q(a, 0.5).toFixed(2));
  await driver.close();
})();
