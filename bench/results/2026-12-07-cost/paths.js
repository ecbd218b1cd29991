// How many shortest paths the shortestPaths statement returns between every two regions, by their length (the
// count at maxLength L is the count at the pair's distance, for every L from that distance to 6), and how many of
// those paths run over parallel relationships (two steps between the same two nodes in a row of the graph).
// usage: NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=… node paths.js <dist folder>
const path = require('node:path');
const neo4j = require('neo4j-driver');
const dist = path.resolve(process.argv[2] || 'dist');
const { Statements, shortestPathsName } = require(path.join(dist, 'src/graph/statements'));

async function main() {
  const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD));
  const text = new Statements().text(shortestPathsName(6)).replaceAll('$nodeProperties', "['id']").replaceAll('$factProperties', '[]');
  const wrapped = `CALL () {\n${text}\n} RETURN size(steps) AS length, count(*) AS paths,
    size(collect(DISTINCT [n IN nodes | n[1][0]])) AS nodeSequences`;
  const regions = (await driver.executeQuery('MATCH (r:Region) RETURN r.id AS id ORDER BY id')).records.map((r) => r.get('id'));
  const pairs = [];
  for (let i = 0; i < regions.length; i++)
    for (let j = i + 1; j < regions.length; j++) {
      const { records } = await driver.executeQuery(wrapped, { fromId: regions[i], toId: regions[j] }, { database: 'neo4j' });
      const r = records[0];
      if (r) pairs.push({ from: regions[i], to: regions[j], length: r.get('length').toNumber(), paths: r.get('paths').toNumber(), sequences: r.get('nodeSequences').toNumber() });
    }
  console.log(`${regions.length} regions, ${pairs.length} connected pairs within 6 steps`);
  console.log('| maxLength | pairs answered | paths: median | p90 | max (pair) | node sequences at the max | pairs over 10 paths | over 100 |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (let L = 1; L <= 6; L++) {
    const within = pairs.filter((p) => p.length <= L).sort((a, b) => a.paths - b.paths);
    if (!within.length) continue;
    const q = (f) => within[Math.min(within.length - 1, Math.floor(f * within.length))].paths;
    const top = within[within.length - 1];
    console.log(`| ${L} | ${within.length} | ${q(0.5)} | ${q(0.9)} | ${top.paths} (${top.from} → ${top.to}) | ${top.sequences} | ${within.filter((p) => p.paths > 10).length} | ${within.filter((p) => p.paths > 100).length} |`);
  }
  const ratio = pairs.map((p) => p.paths / p.sequences).sort((a, b) => a - b);
  console.log(`paths per distinct node sequence (parallel relationships): median ${ratio[Math.floor(ratio.length / 2)].toFixed(1)}, max ${ratio[ratio.length - 1].toFixed(1)}`);
  await driver.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
