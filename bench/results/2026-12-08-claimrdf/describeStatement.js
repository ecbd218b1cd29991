/**
 * An entity's description statement before and after claims came into the linked data (linkedDataOfEntities:
 * the claims of the entity's own figures and outgoing facts read in a CALL, and a claim's ABOUT no longer counted
 * as a fact reaching it), side by side on one Neo4j: per round, each entity asked once by the old statement and
 * once by the new, in turn, so a burst of other work on the machine falls on both. Reported: per entity group, the
 * median over the rounds of the time to run the statement and read its rows, and the rows' size.
 *
 *   node bench/results/2026-12-08-claimrdf/describeStatement.js ROUNDS   (after npm run -s build; NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const neo4j = require('neo4j-driver');
const root = path.join(__dirname, '..', '..', '..');
const { Statements, QueryCatalog, keyLookup } = require(path.join(root, 'dist/src/graph/statements'));

const OLD_COMMIT = 'd5d66eb';
const rounds = Number(process.argv[2] ?? 30);

function oldCatalog() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'old-cypher-'));
  fs.cpSync(path.join(root, 'cypher'), dir, { recursive: true });
  const text = execFileSync('git', ['show', `${OLD_COMMIT}:cypher/linkedDataOfEntities.cypher`], { cwd: root, encoding: 'utf8' });
  fs.writeFileSync(path.join(dir, 'linkedDataOfEntities.cypher'), text);
  return new QueryCatalog(dir);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
  const run = async (text, params) => {
    const started = performance.now();
    const result = await driver.executeQuery(text, params, { routing: 'READ' });
    return { ms: performance.now() - started, bytes: JSON.stringify(result.records.map((r) => r.toObject())).length };
  };
  const { records } = await driver.executeQuery('MATCH (w:Work) RETURN w.id AS id ORDER BY w.id LIMIT 20');
  const groups = {
    '20 works, one each': records.map((r) => [r.get('id')]),
    'region:hong-kong (a hub)': [['region:hong-kong']],
    'marketyear:hong-kong-cinema-2022 (claimed figures)': [['marketyear:hong-kong-cinema-2022']],
    'source:paper (cited by every node)': [['source:paper']],
  };
  const ways = { old: new Statements(oldCatalog()), new: new Statements() };
  const params = { incomingLimit: 500, incomingLeftOut: ['CITED_IN', 'ABOUT', 'STATED_IN'] };
  for (const [group, idLists] of Object.entries(groups)) {
    const times = { old: [], new: [] };
    const bytes = { old: 0, new: 0 };
    for (let r = -3; r < rounds; r++) {
      for (const way of ['old', 'new']) {
        let total = 0;
        for (const ids of idLists) {
          const { query, byLabel } = keyLookup('linkedDataOfEntities', ids);
          const { ms, bytes: b } = await run(ways[way].text(query), { ...params, byLabel });
          total += ms;
          bytes[way] = b;
        }
        if (r >= 0) times[way].push(total / idLists.length);
      }
    }
    const [o, n] = [median(times.old), median(times.new)];
    console.log(`${group.padEnd(52)} old ${o.toFixed(2)} ms  new ${n.toFixed(2)} ms  (${(n / o).toFixed(2)}x)  rows ${bytes.old} → ${bytes.new} bytes (last id)`);
  }
  await driver.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
