/**
 * The RDF formats the graph is served and dumped in, each written by a maintained library: N-Triples and Turtle
 * by n3's Writer, JSON-LD by jsonld (from N-Quads, flattened and compacted with the prefixes' context). No
 * serialiser of our own.
 */
import jsonld from 'jsonld';
import { Quad, Writer } from 'n3';
import { jsonLdContext, prefixes } from '../../model';

export const RDF_MEDIA_TYPES = {
  jsonld: 'application/ld+json',
  ttl: 'text/turtle',
  nt: 'application/n-triples',
} as const;

export type RdfFormat = keyof typeof RDF_MEDIA_TYPES;
export const RDF_FORMATS = Object.keys(RDF_MEDIA_TYPES) as RdfFormat[];

/** Quads written by n3's Writer: N-Triples, or Turtle with the vocabulary's prefixes. */
export function writeQuads(quads: Quad[], format: 'nt' | 'ttl', base: string): Promise<string> {
  const writer = format === 'nt' ? new Writer({ format: 'N-Triples' }) : new Writer({ format: 'Turtle', prefixes: prefixes(base) });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, text: string) => (error ? reject(error) : resolve(text))));
}

/** Quads as a JSON-LD document: jsonld's fromRDF, flattened with the prefixes' context (`{@context, @graph}`). */
export async function toJsonLd(quads: Quad[], base: string): Promise<{ '@context': Record<string, string>; '@graph': object[] }> {
  const nQuads = await writeQuads(quads, 'nt', base);
  const expanded = await jsonld.fromRDF(nQuads, { format: 'application/n-quads' });
  const context = jsonLdContext(base);
  const flat = (await jsonld.flatten(expanded, context)) as Record<string, unknown>;
  const graph = (flat['@graph'] as object[] | undefined) ?? (Object.keys(flat).length > 1 ? [withoutContext(flat)] : []);
  return { '@context': context, '@graph': graph };
}

function withoutContext(node: Record<string, unknown>): object {
  const rest = { ...node };
  delete rest['@context'];
  return rest;
}

/** Quads in one of the formats, as text. */
export async function serialise(quads: Quad[], format: RdfFormat, base: string): Promise<string> {
  if (format === 'jsonld') return JSON.stringify(await toJsonLd(quads, base), null, 2);
  return writeQuads(quads, format, base);
}
