import { parentPort } from 'node:worker_threads';
import * as ox from 'oxigraph';
import type { FromWorker, ToWorker } from './messages';
import { formOf, QueryRefused, serialiseGraph, serialiseSolutions } from './serialise';

/**
 * The SPARQL engine's thread: Oxigraph's in-memory store, which answers each query synchronously, so a long
 * query holds this thread and not the server's. The server ends the thread when a query outlasts
 * SPARQL_TIMEOUT_MS and starts another (src/server/sparql/engine.ts). Each entity and each fact is a named
 * graph of its own, so a change replaces its graphs; queries see their union as the default graph.
 */
const store = new ox.Store();

function replace(graphs: string[], nquads: string): void {
  for (const graph of graphs) for (const quad of store.match(null, null, null, ox.namedNode(graph))) store.delete(quad);
  if (nquads !== '') store.load(nquads, { format: 'application/n-quads' });
}

/** An update sent as a query: Oxigraph's query parser refuses it; its first keyword says it is one. */
const UPDATE =
  /^\s*(?:(?:#[^\n]*\n|PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i;

function refusal(id: number, query: string, err: unknown): FromWorker {
  if (err instanceof QueryRefused) return { id, ok: false, failure: err.failure, message: err.message };
  const text = (err as Error).message;
  if (UPDATE.test(query)) return { id, ok: false, failure: 'update', message: text };
  return { id, ok: false, failure: /^error at /.test(text) ? 'syntax' : 'internal', message: text };
}

function answer(message: Extract<ToWorker, { kind: 'query' }>): FromWorker {
  try {
    const form = formOf(message.query, message.base);
    const result = store.query(message.query, { use_default_graph_as_union: true, base_iri: message.base });
    const out =
      form.form === 'graph'
        ? serialiseGraph(result as ox.Quad[], message.graph, message.maxRows)
        : serialiseSolutions(form.vars, result as boolean | Map<string, ox.Term>[], message.results, message.maxRows);
    return { id: message.id, ok: true, ...out };
  } catch (err) {
    return refusal(message.id, message.query, err);
  }
}

parentPort!.on('message', (message: ToWorker) => {
  let reply: FromWorker;
  try {
    if (message.kind === 'query') reply = answer(message);
    else {
      if (message.kind === 'load') store.load(message.nquads, { format: 'application/n-quads' });
      else replace(message.graphs, message.nquads);
      reply = { id: message.id, ok: true };
    }
  } catch (err) {
    reply = { id: message.id, ok: false, failure: 'internal', message: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
