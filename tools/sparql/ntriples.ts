import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import type { Quad } from 'n3';
import { QuadMaker, writeQuads } from '../../src/graph/linkedData';
import { relationshipId, withDerivedNames } from '../../src/model';
import { readSeed } from '../../src/seed/read';
import { anchorPropsFromSeed, syntheticBatches } from '../synthetic/generate';
import type { NodeRow, RelationshipRow } from '../synthetic/model';

/**
 * N-Triples of the paper's seed and, at a scale above it, the synthetic graph, for the SPARQL engine
 * comparison only. The RDF mapping of the server (issue 28's IRIs and vocabulary) was not yet committed when
 * the engines were measured, so this writes a shape with the same structure and size: one subject per entity
 * (`a` its label, a literal per property) and one per fact (`a` its type, `from`, `to`, a literal per value,
 * its source and locator), which is what a reified fact costs a store whatever its words.
 */
export const BASE = 'https://example.org/avgraph';
export const VOCAB = `${BASE}/vocab#`;

const iri = (id: string): string => {
  const [prefix, ...rest] = id.split(':');
  return `<${BASE}/id/${prefix}/${encodeURIComponent(rest.join(':'))}>`;
};
const factIri = (id: string): string => `<${BASE}/fact/${encodeURIComponent(id)}>`;
const term = (name: string): string => `<${VOCAB}${name}>`;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';

function literal(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return `"${value.toString()}"^^<${XSD}integer>`;
  if (typeof value === 'number') return Number.isInteger(value) ? `"${value}"^^<${XSD}integer>` : `"${value}"^^<${XSD}decimal>`;
  if (typeof value === 'boolean') return `"${value}"^^<${XSD}boolean>`;
  if (typeof value === 'string') return JSON.stringify(value);
  return null;
}

function* props(subject: string, values: Record<string, unknown>): Generator<string> {
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const object = literal(item);
      if (object !== null) yield `${subject} ${term(name)} ${object} .`;
    }
  }
}

function* entity(id: string, label: string, values: Record<string, unknown>): Generator<string> {
  yield `${iri(id)} ${RDF_TYPE} ${term(label)} .`;
  yield* props(iri(id), values);
}

function* fact(r: { id: string; type: string; from: string; to: string; props: Record<string, unknown>; source: string; locator: string }) {
  const f = factIri(r.id);
  yield `${f} ${RDF_TYPE} ${term(r.type)} .`;
  yield `${f} ${term('from')} ${iri(r.from)} .`;
  yield `${f} ${term('to')} ${iri(r.to)} .`;
  yield `${f} ${term('source')} ${iri(r.source)} .`;
  yield `${f} ${term('locator')} ${JSON.stringify(r.locator)} .`;
  yield* props(f, r.props);
}

const labelOfPart = (part: string): string =>
  part
    .replace(/^upsert/, '')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');

/** Writes the N-Triples to `file`; answers the number of lines (triples). */
export async function writeNTriples(file: string, seedDir: string, scale: number): Promise<number> {
  const out = fs.createWriteStream(file);
  let lines = 0;
  let buffer: string[] = [];
  const flush = async () => {
    if (!out.write(buffer.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
    buffer = [];
  };
  const emit = async (triples: Iterable<string>) => {
    for (const t of triples) {
      buffer.push(t);
      lines++;
    }
    if (buffer.length > 50_000) await flush();
  };
  for (const file of readSeed(seedDir)) {
    for (const n of file.nodes) await emit(entity(n.id, n.label, n.props));
    for (const [i, r] of file.relationships.entries()) {
      const id = `${r.type}|${r.from}|${r.to}|${r.key ?? i}`;
      await emit(fact({ id, type: r.type, from: r.from, to: r.to, props: r.props ?? {}, source: r.source, locator: r.locator }));
    }
  }
  if (scale > 0) {
    for (const batch of syntheticBatches({ scale, seed: 1 }, anchorPropsFromSeed(seedDir))) {
      for (const row of batch.rows) {
        if ('type' in row) await emit(fact(row as RelationshipRow));
        else if (!(row as NodeRow).anchor) await emit(entity(row.id, labelOfPart(batch.part), (row as NodeRow).props));
      }
    }
  }
  await flush();
  await new Promise<void>((resolve) => out.end(resolve));
  return lines;
}

/** Table 1's question: Hong Kong's film and TV imports by partner and year, in the shape above. */
export const TABLE1_QUERY = `PREFIX v: <${VOCAB}>
SELECT ?partner ?year ?value ?share ?rank WHERE {
  ?flow a v:IMPORTED_FROM ; v:from <${BASE}/id/region/hong-kong> ; v:to ?partner ; v:year ?year ; v:value ?value .
  OPTIONAL { ?flow v:sharePct ?share } OPTIONAL { ?flow v:rank ?rank }
} ORDER BY ?year ?rank ?partner`;

const plainValue = (value: unknown): unknown =>
  neo4j.isInt(value) ? value.toNumber() : Array.isArray(value) ? value.map(plainValue) : value;
const plainProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plainValue(v)]));

/**
 * The same graph (seed and synthetic) through the server's own mapping (QuadMaker, src/graph/linkedData), as
 * the dump writes it, without Neo4j: what the SPARQL store would hold at that scale. Answers the triple count.
 */
export async function writeMappedNTriples(file: string, seedDir: string, scale: number, base: string): Promise<number> {
  const maker = new QuadMaker(base);
  const out = fs.createWriteStream(file);
  let count = 0;
  const write = async (quads: Quad[]) => {
    count += quads.length;
    const text = await writeQuads(quads, 'nt', base);
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  for (const seedFile of readSeed(seedDir)) {
    await write(seedFile.nodes.flatMap((n) => maker.entityQuads(n.id, n.label, withDerivedNames(n.props))));
    await write(
      seedFile.relationships
        .map((r) => ({
          type: r.type,
          from: r.from,
          to: r.to,
          props: { ...(r.props ?? {}), id: relationshipId(r.type, r.from, r.to, r.key), source: r.source, locator: r.locator },
        }))
        .flatMap((f) => maker.factQuads(f)),
    );
  }
  if (scale > 0) {
    for (const batch of syntheticBatches({ scale, seed: 1 }, anchorPropsFromSeed(seedDir))) {
      const quads: Quad[] = [];
      for (const row of batch.rows) {
        if ('type' in row) {
          const r = row as RelationshipRow;
          quads.push(
            ...maker.factQuads({
              type: r.type,
              from: r.from,
              to: r.to,
              props: { ...plainProps(r.props), id: r.id, source: r.source, locator: r.locator },
            }),
          );
        } else if (!(row as NodeRow).anchor)
          quads.push(...maker.entityQuads(row.id, labelOfPart(batch.part), plainProps((row as NodeRow).props)));
      }
      await write(quads);
    }
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return count;
}
