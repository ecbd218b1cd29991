/**
 * The whole graph written in one RDF format onto a stream, batch by batch (graphQuads), so neither the server's
 * /data/ nor `npm run export` holds the 100x graph in memory: N-Triples and Turtle by n3's Writer on the stream,
 * JSON-LD as one document whose `@graph` is each batch's nodes as jsonld flattens them (every subject's quads
 * are within one batch, so no node is split).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Writer } from 'n3';
import { jsonLdContext, prefixes } from '../../model';
import type { Graph } from '../graph';
import { graphQuads } from './dump';
import { RdfFormat, toJsonLd } from './formats';

/** What a dump held: its triples. */
export interface DumpCounts {
  triples: number;
}

async function put(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes the graph onto `out` (left open) in `format`; resolves with how many triples went out. */
export async function writeDump(graph: Graph, base: string, format: RdfFormat, out: Writable): Promise<DumpCounts> {
  let triples = 0;
  if (format === 'jsonld') {
    await put(out, `{"@context":${JSON.stringify(jsonLdContext(base))},"@graph":[`);
    let first = true;
    for await (const batch of graphQuads(graph, base)) {
      triples += batch.length;
      const nodes = (await toJsonLd(batch, base))['@graph'];
      if (nodes.length === 0) continue;
      await put(out, `${first ? '' : ','}\n${nodes.map((n) => JSON.stringify(n)).join(',\n')}`);
      first = false;
    }
    await put(out, '\n]}\n');
    return { triples };
  }
  // n3's Writer on a stream writes each quad as it is added; the stream's backpressure is heeded once per batch.
  const options = format === 'nt' ? { format: 'N-Triples' } : { format: 'Turtle', prefixes: prefixes(base) };
  const writer = new Writer(out, { ...options, end: false });
  for await (const batch of graphQuads(graph, base)) {
    triples += batch.length;
    writer.addQuads(batch);
    if (out.writableNeedDrain) await once(out, 'drain');
  }
  await new Promise<void>((resolve, reject) => writer.end((error) => (error ? reject(error) : resolve())));
  return { triples };
}
