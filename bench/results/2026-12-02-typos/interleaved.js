// Ours before and after, requests interleaved over HTTP: node interleaved.js BEFORE_URL AFTER_URL [text] [n] [connections]
// Each connection alternates between the two servers (the order flipping every request), so both meet the
// same machine at the same moments; both servers run over one database. Prints p25, p50, p90 and the ratios.
const [before, after, text = 'palace', n = '500', connections = '4'] = process.argv.slice(2);
const body = JSON.stringify({
  query: 'query Search($text: String!) { search(text: $text, types: ["Work"], first: 20) { score node { id ... on Work { title } } } }',
  variables: { text },
});
const urls = { before, after };
const q = (a, k) => a.slice().sort((x, y) => x - y)[Math.floor(a.length * k)];
(async () => {
  const times = { before: [], after: [] };
  const worker = async (w) => {
    for (let i = 0; i < Number(n) + 25; i++)
      for (const [k, url] of (i + w) % 2 ? Object.entries(urls) : Object.entries(urls).reverse()) {
        const t = process.hrtime.bigint();
        const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await r.text();
        if (i >= 25) times[k].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
  };
  await Promise.all(Array.from({ length: Number(connections) }, (_, w) => worker(w)));
  for (const [k, a] of Object.entries(times))
    console.log(k.padEnd(8), 'n', a.length, 'p25', q(a, 0.25).toFixed(2), 'p50', q(a, 0.5).toFixed(2), 'p90', q(a, 0.9).toFixed(2));
  console.log('after/before p50', (q(times.after, 0.5) / q(times.before, 0.5)).toFixed(3), 'p25', (q(times.after, 0.25) / q(times.before, 0.25)).toFixed(3));
})();
