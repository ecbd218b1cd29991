/**
 * The answers /sparql gives, by media type: the SPARQL 1.1 results formats for SELECT and ASK, and RDF for
 * CONSTRUCT and DESCRIBE. Oxigraph writes every one of them (src/server/sparql/worker.ts).
 */
import { RDF_MEDIA_TYPES } from '../../graph/linkedData';

export const RESULTS_TYPES = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
] as const;
export const GRAPH_TYPES = [RDF_MEDIA_TYPES.ttl, RDF_MEDIA_TYPES.nt] as const;

export type ResultsType = (typeof RESULTS_TYPES)[number];
export type GraphType = (typeof GRAPH_TYPES)[number];

/** What the client accepts, for either kind of answer; the query's form decides which one is used. */
export interface Wanted {
  results: ResultsType;
  graph: GraphType;
}

/** Other names clients send for the same formats. */
const RESULT_ALIASES: Record<string, ResultsType> = {
  'application/json': 'application/sparql-results+json',
  'application/xml': 'application/sparql-results+xml',
  'text/xml': 'application/sparql-results+xml',
  'text/tsv': 'text/tab-separated-values',
};
const GRAPH_ALIASES: Record<string, GraphType> = { 'text/plain': 'application/n-triples' };

/** Express's `req.accepts` (the negotiator package): the best of the types offered by the Accept header, or false. */
export type Accepts = (types: string[]) => string | false;

/** The best of `offered` (or of their aliases, answered as the format they name), or undefined when none is acceptable. */
function best<T extends string>(accepts: Accepts, offered: readonly T[], aliases: Record<string, T>): T | undefined {
  const chosen = accepts([...offered, ...Object.keys(aliases)]);
  return chosen === false ? undefined : ((aliases[chosen] ?? chosen) as T);
}

/** Both choices, or null when the client accepts neither a results format nor an RDF format we write. */
export function negotiate(accepts: Accepts): Partial<Wanted> | null {
  const results = best(accepts, RESULTS_TYPES, RESULT_ALIASES);
  const graph = best(accepts, GRAPH_TYPES, GRAPH_ALIASES);
  return results || graph ? { results, graph } : null;
}

export const OFFERED = [...RESULTS_TYPES, ...GRAPH_TYPES];
