/** A real SPARQL client (fetch-sparql-endpoint) and small helpers for the /sparql tests. */
import { SparqlEndpointFetcher } from 'fetch-sparql-endpoint';

export const fetcher = new SparqlEndpointFetcher();

/** Every binding of a SELECT, each variable's value as text, read through the client library. */
export async function select(endpoint: string, query: string): Promise<Record<string, string>[]> {
  const stream = await fetcher.fetchBindings(endpoint, query);
  const rows: Record<string, string>[] = [];
  for await (const binding of stream as AsyncIterable<Record<string, { value: string }>>) {
    rows.push(Object.fromEntries(Object.entries(binding).map(([name, term]) => [name, term.value])));
  }
  return rows;
}

/** A raw protocol request, for what the client library hides (status, headers, formats). */
export async function raw(endpoint: string, init: { query?: string; method?: string; accept?: string; type?: string; body?: string }) {
  const url = init.query !== undefined ? `${endpoint}?query=${encodeURIComponent(init.query)}` : endpoint;
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.accept ? { accept: init.accept } : {}), ...(init.type ? { 'content-type': init.type } : {}) },
    body: init.body,
  });
  return { status: res.status, type: res.headers.get('content-type'), headers: res.headers, text: await res.text() };
}
