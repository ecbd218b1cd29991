import type { BenchReport, System } from './run';

/**
 * The chart, hand-written SVG (no dependency): one panel per scale, one group per query, one bar per
 * system at its median p50, with a whisker up to p99 and a tick at p95, on a shared log scale so the
 * scales can be compared by eye.
 */
const COLOURS: Record<System, string> = { ours: '#1f77b4', floor: '#7f7f7f', peer: '#ff7f0e' };
const WIDTH = 960;
const LEFT = 70;
const PANEL = 230;
const GAP = 70;
const TOP = 90;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function bounds(report: BenchReport): [number, number] {
  const values = report.scales.flatMap((s) => s.results.flatMap((r) => (r.median ? [r.median.p50, r.median.p99] : [])));
  if (values.length === 0) return [0.1, 1000];
  return [10 ** Math.floor(Math.log10(Math.max(0.01, Math.min(...values)))), 10 ** Math.ceil(Math.log10(Math.max(...values)))];
}

const label = (v: number): string => (v >= 1000 ? `${v / 1000} s` : `${v} ms`);

function axis(y: (v: number) => number, lo: number, hi: number, top: number): string[] {
  const out: string[] = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) {
    out.push(`<line x1="${LEFT}" x2="${WIDTH - 20}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    out.push(
      `<text x="${LEFT - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${label(Number(v.toPrecision(3)))}</text>`,
    );
  }
  out.push(`<line x1="${LEFT}" x2="${LEFT}" y1="${top}" y2="${top + PANEL}" stroke="#333"/>`);
  return out;
}

function panel(report: BenchReport, index: number, lo: number, hi: number): string[] {
  const scale = report.scales[index];
  const top = TOP + index * (PANEL + GAP);
  const y = (v: number) => top + PANEL - ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * PANEL;
  const queries = [...new Set(scale.results.map((r) => r.query))];
  const group = (WIDTH - LEFT - 30) / Math.max(1, queries.length);
  const bar = Math.min(26, group / 4);
  const out = [
    `<text x="${LEFT}" y="${top - 10}" font-size="14" font-weight="bold">${escape(
      `${scale.name}: ${scale.data.works.toLocaleString('en')} works, ` +
        `${scale.data.graph.relationships.toLocaleString('en')} relationships`,
    )}</text>`,
    ...axis(y, lo, hi, top),
  ];
  queries.forEach((q, qi) => {
    const x0 = LEFT + 10 + qi * group;
    out.push(
      `<text x="${(x0 + group / 2 - 5).toFixed(1)}" y="${top + PANEL + 16}" text-anchor="middle" font-size="12">${escape(q)}</text>`,
    );
    (['ours', 'floor', 'peer'] as System[]).forEach((system, si) => {
      const m = scale.results.find((r) => r.query === q && r.system === system)?.median;
      const x = x0 + (group - 3 * bar) / 2 + si * bar;
      if (!m) {
        out.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${top + PANEL - 4}" text-anchor="middle" font-size="10">n/a</text>`);
        return;
      }
      const mid = x + bar / 2;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y(m.p50).toFixed(1)}" width="${(bar - 3).toFixed(1)}" height="${(top + PANEL - y(m.p50)).toFixed(1)}" fill="${COLOURS[system]}"><title>${system} ${q}: p50 ${m.p50.toFixed(2)} ms, p95 ${m.p95.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms, ${m.rps.toFixed(0)} req/s</title></rect>`,
      );
      out.push(
        `<line x1="${(mid - 1.5).toFixed(1)}" x2="${(mid - 1.5).toFixed(1)}" y1="${y(m.p50).toFixed(1)}" y2="${y(m.p99).toFixed(1)}" stroke="#000"/>`,
      );
      out.push(
        `<line x1="${(mid - 5).toFixed(1)}" x2="${(mid + 2).toFixed(1)}" y1="${y(m.p95).toFixed(1)}" y2="${y(m.p95).toFixed(1)}" stroke="#000"/>`,
      );
      out.push(
        `<line x1="${(mid - 6).toFixed(1)}" x2="${(mid + 3).toFixed(1)}" y1="${y(m.p99).toFixed(1)}" y2="${y(m.p99).toFixed(1)}" stroke="#000"/>`,
      );
    });
  });
  return out;
}

export function renderChart(report: BenchReport): string {
  const [lo, hi] = bounds(report);
  const height = TOP + report.scales.length * (PANEL + GAP);
  const legend = (['ours', 'floor', 'peer'] as System[]).map(
    (s, i) =>
      `<rect x="${LEFT + i * 280}" y="32" width="12" height="12" fill="${COLOURS[s]}"/><text x="${LEFT + 18 + i * 280}" y="42" font-size="12">${
        { ours: 'ours (GraphQL over HTTP)', floor: 'floor (one Cypher statement, driver)', peer: 'peer (@neo4j/graphql over HTTP)' }[s]
      }</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="${LEFT}" y="20" font-size="15" font-weight="bold">Latency per query and scale (${report.date}): bar = median p50, tick = p95, whisker top = p99; log scale</text>`,
    ...legend,
    ...report.scales.flatMap((_, i) => panel(report, i, lo, hi)),
    '</svg>',
    '',
  ].join('\n');
}
