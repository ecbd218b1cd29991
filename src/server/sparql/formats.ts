/**
 * The answers /sparql gives, by media type: the SPARQL 1.1 results formats for SELECT and ASK, and RDF for
 * CONSTRUCT and DESCRIBE. Oxigraph writes every one of them (src/server/sparql/worker.ts).
 */
export const RESULTS_TYPES = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
] as const;
export const GRAPH_TYPES = ['text/turtle', 'application/n-triples'] as const;

export type ResultsType = (typeof RESULTS_TYPES)[number];
export type GraphType = (typeof GRAPH_TYPES)[number];

/** What the client accepts, for either kind of answer; the query's form decides which one is used. */
export interface Wanted {
  results: ResultsType;
  graph: GraphType;
}

interface Range {
  type: string;
  q: number;
  order: number;
}

function ranges(accept: string | undefined): Range[] {
  if (!accept || accept.trim() === '') return [{ type: '*/*', q: 1, order: 0 }];
  return accept.split(',').map((part, order) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    return { type: type.trim(), q: q ? Number(q[1]) : 1, order };
  });
}

const matches = (range: string, type: string): boolean =>
  range === '*/*' || range === type || (range.endsWith('/*') && type.startsWith(range.slice(0, -1)));

/** The best of `offered` by the Accept header (q, then the client's order, then ours), or null when none is acceptable. */
function best<T extends string>(accept: string | undefined, offered: readonly T[], aliases: Record<string, T>): T | null {
  let chosen: { type: T; q: number; order: number } | null = null;
  for (const range of ranges(accept)) {
    const type = aliases[range.type] ?? range.type;
    for (const [rank, candidate] of offered.entries()) {
      if (range.q <= 0 || !matches(type, candidate)) continue;
      const order = range.order * 100 + rank;
      if (!chosen || range.q > chosen.q || (range.q === chosen.q && order < chosen.order)) chosen = { type: candidate, q: range.q, order };
    }
  }
  return chosen?.type ?? null;
}

/** Other names clients send for the same formats. */
const RESULT_ALIASES: Record<string, ResultsType> = {
  'application/json': 'application/sparql-results+json',
  'application/xml': 'application/sparql-results+xml',
  'text/xml': 'application/sparql-results+xml',
  'text/tsv': 'text/tab-separated-values',
};
const GRAPH_ALIASES: Record<string, GraphType> = { 'text/plain': 'application/n-triples' };

/** Both choices, or null when the client accepts neither a results format nor an RDF format we write. */
export function negotiate(accept: string | undefined): Partial<Wanted> | null {
  const results = best(accept, RESULTS_TYPES, RESULT_ALIASES) ?? undefined;
  const graph = best(accept, GRAPH_TYPES, GRAPH_ALIASES) ?? undefined;
  return results || graph ? { results, graph } : null;
}

export const OFFERED = [...RESULTS_TYPES, ...GRAPH_TYPES];
