// heldFacts and validateSeed (src/seed) over the real seed: medians of 41 runs each, before (/tmp/old/dist, HEAD)
// and after (/work/main/dist), interleaved in one process.
const roots = { before: '/tmp/old/dist', after: '/work/main/dist' };
const mods = Object.fromEntries(Object.entries(roots).map(([k, r]) => [k, {
  files: require(`${r}/src/seed/read`).readSeed('/work/main/seed'),
  heldFacts: require(`${r}/src/seed/claims`).heldFacts,
  validateSeed: require(`${r}/src/seed/validate`).validateSeed,
}]));
const t = { before: { h: [], v: [] }, after: { h: [], v: [] } };
const time = (f) => { const s = process.hrtime.bigint(); f(); return Number(process.hrtime.bigint() - s) / 1e6; };
for (let i = 0; i < 46; i++) for (const k of ['before', 'after']) {
  const m = mods[k];
  const h = time(() => m.heldFacts(m.files)), v = time(() => m.validateSeed(m.files));
  if (i >= 5) { t[k].h.push(h); t[k].v.push(v); }
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(2);
const same = JSON.stringify([...mods.before.heldFacts(mods.before.files)].map(([k, f]) => [k, [...f.values]])) ===
  JSON.stringify([...mods.after.heldFacts(mods.after.files)].map(([k, f]) => [k, [...f.values]]));
console.log(JSON.stringify({ heldFactsMs: { before: med(t.before.h), after: med(t.after.h) }, validateSeedMs: { before: med(t.before.v), after: med(t.after.v) }, sameFacts: same }));
