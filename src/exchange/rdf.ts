/**
 * `npm run export -- --format nt|ttl|jsonld`: the whole graph (history excluded) as RDF, streamed into
 * DIR/graph.{nt,ttl,jsonld} by the same writer as the server's /data/ (src/graph/linkedData/writeDump.ts), under
 * PUBLIC_BASE_URL (or the local server's address when it is unset), so the file's IRIs are the server's.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { loadConfig, publicBaseOf } from '../config/config';
import type { Graph } from '../graph/graph';
import { RdfFormat, writeDump } from '../graph/linkedData';

export const RDF_EXPORT_FORMATS: readonly RdfFormat[] = ['nt', 'ttl', 'jsonld'];

export const isRdfFormat = (format: string): format is RdfFormat => (RDF_EXPORT_FORMATS as readonly string[]).includes(format);

/** The base of the IRIs as the server would give them, from the same environment. */
export function exportBase(env: NodeJS.ProcessEnv = process.env): string {
  const config = loadConfig(env);
  return config.publicBaseUrl ?? publicBaseOf(config.host, config.port);
}

/** Writes the graph as RDF into `dir`; resolves with the file and its triple count. */
export async function writeRdfExport(
  graph: Graph,
  format: RdfFormat,
  dir: string,
  base: string,
): Promise<{ file: string; triples: number }> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `graph.${format}`);
  const out = fs.createWriteStream(file, 'utf8');
  try {
    const { triples } = await writeDump(graph, base, format, out);
    out.end();
    await once(out, 'finish');
    return { file, triples };
  } catch (err) {
    out.destroy();
    fs.rmSync(file, { force: true });
    throw err;
  }
}
