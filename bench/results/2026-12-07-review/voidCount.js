// What VoID's triple count spends beyond reading the graph: before, every batch of the dump was also written as
// N-Triples by n3 into a stream that kept nothing; now the batches are only counted. The graph's quads are made
// here from the seed (and the synthetic graph at --scale) by the server's mapping, in batches of 2,000 entities as
// the dump reads them; medians of 7 interleaved runs of each way.
const { Writable } = require('node:stream');
const { Writer } = require('n3');
const { QuadMaker } = require('../../../dist/src/graph/linkedData');
const { readSeed } = require('../../../dist/src/seed/read');
const { relationshipId, withDerivedNames } = require('../../../dist/src/model');
const { syntheticBatches, anchorPropsFromSeed } = require('../../../dist-tools/tools/synthetic/generate');
const scale = Number(process.argv[process.argv.indexOf('--scale') + 1] || 0);
const maker = new QuadMaker('http://localhost:4000');
const quads = [];
for (const f of readSeed('seed')) {
  for (const n of f.nodes) quads.push(...maker.entityQuads(n.id, n.label, withDerivedNames(n.props)));
  for (const r of f.relationships)
    quads.push(...maker.factQuads({ type: r.type, from: r.from, to: r.to, props: { ...(r.props ?? {}), id: relationshipId(r.type, r.from, r.to, r.key), source: r.source, locator: r.locator } }));
}
if (scale > 0)
  for (const batch of syntheticBatches({ scale, seed: 1 }, anchorPropsFromSeed('seed')))
    for (const row of batch.rows)
      if ('type' in row) quads.push(...maker.factQuads({ type: row.type, from: row.from, to: row.to, props: { id: row.id, source: row.source, locator: row.locator } }));
const batches = [];
for (let i = 0; i < quads.length; i += 20000) batches.push(quads.slice(i, i + 20000));
const written = () => new Promise((resolve) => {
  const writer = new Writer(new Writable({ write: (_c, _e, done) => done() }), { format: 'N-Triples', end: false });
  let n = 0;
  for (const b of batches) { n += b.length; writer.addQuads(b); }
  writer.end(() => resolve(n));
});
const counted = async () => batches.reduce((n, b) => n + b.length, 0);
(async () => {
  const t = { written: [], counted: [] };
  for (let i = 0; i < 7; i++)
    for (const [k, f] of Object.entries({ written, counted })) { const s = process.hrtime.bigint(); await f(); t[k].push(Number(process.hrtime.bigint() - s) / 1e6); }
  const med = (a) => a.sort((x, y) => x - y)[3].toFixed(1);
  console.log(JSON.stringify({ scale, triples: quads.length, writtenMs: med(t.written), countedMs: med(t.counted) }));
})();
