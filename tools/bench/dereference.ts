/**
 * Dereferencing an IRI beside `node(id:)` (issue 28): the same works asked for both ways of one server, in-process,
 * against the Neo4j in NEO4J_URI, at each scale (prepareScale empties it and loads the paper's seed, plus the
 * synthetic graph above paper scale). Each round measures every way for `seconds` with `connections` loops sending
 * one request after another, cycling through the picked works; the ways take turns within a round, so a burst of
 * other work on the machine falls on all of them. Reported: per way, the median over the rounds of each round's
 * p50 and p95 and requests/s, and the ratio of each p50 to node(id:)'s.
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server/app';
import { parseScales, pickSubjects, prepareScale } from './data';

export interface DereferenceOptions {
  scales: string;
  rounds: number;
  seconds: number;
  connections: number;
}

interface Way {
  name: string;
  request(base: string, id: string): [string, RequestInit];
}

const NODE_QUERY = 'query Node($id: ID!) { node(id: $id) { id iri properties } }';
const graphqlWay = (name: string, query: string): Way => ({
  name,
  request: (base, id) => [
    `${base}/graphql`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id } }) },
  ],
});
const iriWay = (accept: string): Way => ({
  name: `GET IRI ${accept}`,
  request: (base, id) => [`${base}/id/${id.replace(':', '/')}`, { headers: { accept } }],
});

export const WAYS: Way[] = [
  graphqlWay('node(id:) { id iri properties }', NODE_QUERY),
  iriWay('application/n-triples'),
  iriWay('text/turtle'),
  iriWay('application/ld+json'),
  iriWay('text/html'),
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One way for `seconds`: `connections` loops, each sending its next request when the last is answered. */
async function measure(way: Way, base: string, ids: string[], seconds: number, connections: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  const loop = async () => {
    while (performance.now() < until) {
      const [url, init] = way.request(base, ids[next++ % ids.length]);
      const started = performance.now();
      const res = await fetch(url, init);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${way.name}: HTTP ${res.status} for ${url}`);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / seconds };
}

export interface WayResult {
  way: string;
  p50: number;
  p95: number;
  rps: number;
  p50Ratio: number;
  roundP50s: number[];
}

/** Every way at one scale, in rounds; medians over the rounds. */
export async function dereferenceAtScale(
  driver: Driver,
  target: Record<string, string>,
  options: DereferenceOptions,
): Promise<WayResult[]> {
  const config = loadConfig({ ...target, LOG_LEVEL: 'silent' });
  const server = await createServer({ config, driver, logger: createLogger('silent') });
  const base = await server.listen(0, '127.0.0.1');
  try {
    const { workIds } = await pickSubjects(driver, config.neo4jDatabase);
    for (const way of WAYS) await measure(way, base, workIds, 1, options.connections); // warm-up, discarded
    const rounds: Record<string, { p50: number; p95: number; rps: number }[]> = {};
    for (let r = 0; r < options.rounds; r++) {
      for (const way of WAYS) (rounds[way.name] ??= []).push(await measure(way, base, workIds, options.seconds, options.connections));
    }
    const results = WAYS.map((way) => {
      const rs = rounds[way.name];
      return {
        way: way.name,
        p50: median(rs.map((x) => x.p50)),
        p95: median(rs.map((x) => x.p95)),
        rps: median(rs.map((x) => x.rps)),
        p50Ratio: 0,
        roundP50s: rs.map((x) => x.p50),
      };
    });
    for (const r of results) r.p50Ratio = r.p50 / results[0].p50;
    return results;
  } finally {
    await server.close();
  }
}

export async function runDereference(
  driver: Driver,
  target: Record<string, string>,
  options: DereferenceOptions,
  log: (line: string) => void,
) {
  const out: { scale: string; graph: { nodes: number; relationships: number }; results: WayResult[] }[] = [];
  for (const spec of parseScales(options.scales)) {
    log(`scale ${spec.name}: loading...`);
    const data = await prepareScale(driver, target.NEO4J_DATABASE ?? 'neo4j', spec, 1, log);
    log(`scale ${spec.name}: ${data.graph.nodes} nodes, ${data.graph.relationships} relationships; measuring`);
    const results = await dereferenceAtScale(driver, target, options);
    for (const r of results)
      log(
        `  ${r.way.padEnd(36)} p50 ${r.p50.toFixed(2)} ms (${r.p50Ratio.toFixed(2)}x)  p95 ${r.p95.toFixed(2)} ms  ${r.rps.toFixed(0)} req/s`,
      );
    out.push({ scale: spec.name, graph: data.graph, results });
  }
  return out;
}
