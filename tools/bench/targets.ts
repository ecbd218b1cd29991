import type { BenchReport, QueryResult, ScaleResult, TargetResult } from './results';

/** One target of issue 6 for one query at one scale: the figure, the limit, and whether it was met. */
const ms = (v: number): string => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
const x = (v: number): string => `${v.toFixed(2)}x`;

const figure = (scale: ScaleResult, query: string, system: string): QueryResult['median'] =>
  scale.results.find((r) => r.query === query && r.system === system)?.median;

function vsFloor(scale: ScaleResult, query: string, limit: number): TargetResult {
  const ours = figure(scale, query, 'ours');
  const floor = figure(scale, query, 'floor');
  const base = { target: 'latency vs floor' as const, scale: scale.name, query, limit };
  if (!ours || !floor) return { ...base, text: `${query} at ${scale.name}: not measured, so not evaluated` };
  const value = ours.p50 / floor.p50;
  const met = value <= limit;
  return {
    ...base,
    value,
    met,
    text: `${query} at ${scale.name}: ours p50 ${ms(ours.p50)} is ${x(value)} the floor's ${ms(floor.p50)} (target at most ${limit}x)`,
  };
}

function vsPeer(scale: ScaleResult, query: string): TargetResult {
  const ours = figure(scale, query, 'ours');
  const peer = figure(scale, query, 'peer');
  const base = { target: 'throughput vs peer' as const, scale: scale.name, query, limit: 1 };
  if (!ours || !peer) return { ...base, text: `${query} at ${scale.name}: not measured, so not evaluated` };
  const value = ours.rps / peer.rps;
  const met = value >= 1;
  return {
    ...base,
    value,
    met,
    text: `${query} at ${scale.name}: ours ${ours.rps.toFixed(0)} requests/s, the peer ${peer.rps.toFixed(0)} (${x(value)}; target at least 1x)`,
  };
}

function acrossScales(paper: ScaleResult, largest: ScaleResult, query: string): TargetResult {
  const small = figure(paper, query, 'ours');
  const large = figure(largest, query, 'ours');
  const base = { target: 'latency across scales' as const, scale: largest.name, query, limit: 1.5 };
  if (!small || !large) return { ...base, text: `${query}: not measured at both scales, so not evaluated` };
  const value = large.p50 / small.p50;
  const met = value <= 1.5;
  return {
    ...base,
    value,
    met,
    text: `${query}: ours p50 ${ms(large.p50)} at ${largest.name} is ${x(value)} its ${ms(small.p50)} at ${paper.name} (target at most 1.5x)`,
  };
}

/**
 * The targets: p50 within 1.5x of the floor at the paper's scale and 2x at the largest;
 * throughput at least the peer's on the nested and _entities queries at every scale; lookups and
 * paged lists at the largest scale within 1.5x of their p50 at the paper's scale.
 */
export function evaluateTargets(report: Pick<BenchReport, 'scales'>): TargetResult[] {
  const out: TargetResult[] = [];
  const paper = report.scales.find((s) => s.name === 'paper');
  const largest = [...report.scales].sort((a, b) => b.data.works - a.data.works)[0];
  const queries = [...new Set(report.scales.flatMap((s) => s.results.map((r) => r.query)))];
  if (paper) for (const q of queries) out.push(vsFloor(paper, q, 1.5));
  if (largest && largest !== paper) for (const q of queries) out.push(vsFloor(largest, q, 2));
  for (const scale of report.scales) for (const q of ['nested', 'entities'].filter((n) => queries.includes(n))) out.push(vsPeer(scale, q));
  if (paper && largest && largest !== paper)
    for (const q of ['lookup', 'page'].filter((n) => queries.includes(n))) out.push(acrossScales(paper, largest, q));
  return out;
}
