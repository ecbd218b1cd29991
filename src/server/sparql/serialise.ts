import * as ox from 'oxigraph';
import type { GraphType, ResultsType } from './formats';
import type { QueryFailure } from './messages';

/** An answer the worker will not give, with why (src/server/sparql/worker.ts turns it into a failure). */
export class QueryRefused extends Error {
  constructor(
    readonly failure: QueryFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface Serialised {
  body: string;
  mediaType: string;
  rows: number;
  capped: boolean;
}

const scratch = new ox.Store();
const JSON_RESULTS = 'application/sparql-results+json';

/**
 * The query's form and its projection, read by running it on an empty store, where it answers at once: a
 * SELECT or ASK answers a results document (whose head names the variables in the query's order), a
 * CONSTRUCT or DESCRIBE refuses a results format. Oxigraph answers solutions as maps without that order.
 */
export function formOf(query: string, base: string): { form: 'solutions'; vars: string[] } | { form: 'graph' } {
  try {
    const head = (
      JSON.parse(scratch.query(query, { results_format: JSON_RESULTS, base_iri: base }) as string) as { head: { vars?: string[] } }
    ).head;
    return { form: 'solutions', vars: head.vars ?? [] };
  } catch (err) {
    if (/RDF format/.test((err as Error).message)) return { form: 'graph' };
    throw err;
  }
}

/** CONSTRUCT and DESCRIBE: the first `maxRows` triples, written by Oxigraph. */
export function serialiseGraph(quads: ox.Quad[], type: GraphType | undefined, maxRows: number): Serialised {
  if (!type) throw new QueryRefused('not-acceptable', 'a CONSTRUCT or DESCRIBE answers RDF');
  const kept = quads.slice(0, maxRows);
  const body = new ox.Store(kept).dump({ format: type, from_graph_name: ox.defaultGraph() });
  return { body, mediaType: type, rows: kept.length, capped: quads.length > maxRows };
}

const SOLUTION = 'urn:x-avgraph:solution:';
const VARIABLE = /^[\p{L}\p{N}_]+$/u;

/**
 * SELECT and ASK: the first `maxRows` solutions, written by Oxigraph's own results writers. The kept
 * solutions are put in a store of their own, one subject per solution, and read back in order with the
 * query's variables, so every format comes from the engine and holds exactly the kept rows.
 */
export function serialiseSolutions(
  vars: string[],
  result: boolean | Map<string, ox.Term>[],
  type: ResultsType | undefined,
  maxRows: number,
): Serialised {
  if (!type) throw new QueryRefused('not-acceptable', 'a SELECT or ASK answers a SPARQL results format');
  if (typeof result === 'boolean') {
    const body = scratch.query(result ? 'ASK {}' : 'ASK { FILTER(false) }', { results_format: type }) as string;
    return { body, mediaType: type, rows: 1, capped: false };
  }
  const names = vars.filter((v) => VARIABLE.test(v));
  const kept = result.slice(0, maxRows);
  const quads: ox.Quad[] = [];
  const index = ox.namedNode(`${SOLUTION}index`);
  const integer = ox.namedNode('http://www.w3.org/2001/XMLSchema#integer');
  kept.forEach((solution, i) => {
    const subject = ox.namedNode(`${SOLUTION}${i}`);
    quads.push(ox.quad(subject, index, ox.literal(String(i), integer)));
    for (const name of names) {
      const value = solution.get(name);
      if (value) quads.push(ox.quad(subject, ox.namedNode(`${SOLUTION}var:${name}`), value as ox.Quad_Object));
    }
  });
  const optional = names.map((n) => `OPTIONAL { ?solution <${SOLUTION}var:${n}> ?${n} }`).join(' ');
  const projection = names.length > 0 ? names.map((n) => `?${n}`).join(' ') : '*';
  const readBack = `SELECT ${projection} WHERE { ?solution <${SOLUTION}index> ?index ${optional} } ORDER BY ?index`;
  const body = new ox.Store(quads).query(readBack, { results_format: type }) as string;
  return { body, mediaType: type, rows: kept.length, capped: result.length > maxRows };
}
