import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { DataFactory, type Quad } from 'n3';
import { QuadMaker, writeQuads } from '../../src/graph/linkedData';
import { relationshipId, withDerivedNames } from '../../src/model';
import { NodeRecord, readSeed, RelationshipRecord } from '../../src/seed/read';
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

const { namedNode, literal: textLiteral, quad } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

const iri = (id: string) => {
  const [prefix, ...rest] = id.split(':');
  return namedNode(`${BASE}/id/${prefix}/${encodeURIComponent(rest.join(':'))}`);
};
const term = (name: string) => namedNode(`${VOCAB}${name}`);

function literal(value: unknown) {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return textLiteral(value.toString(), namedNode(`${XSD}integer`));
  if (typeof value === 'number') return textLiteral(String(value), namedNode(`${XSD}${Number.isInteger(value) ? 'integer' : 'decimal'}`));
  if (typeof value === 'boolean') return textLiteral(String(value), namedNode(`${XSD}boolean`));
  if (typeof value === 'string') return textLiteral(value);
  return null;
}

function props(subject: Quad['subject'], values: Record<string, unknown>): Quad[] {
  return Object.entries(values).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((item) => {
      const object = literal(item);
      return object === null ? [] : [quad(subject, term(name), object)];
    }),
  );
}

/** How one shape of triples describes the graph's records. */
interface Shape {
  seedNode(n: NodeRecord): Quad[];
  seedRelationship(r: RelationshipRecord, index: number): Quad[];
  syntheticNode(row: NodeRow, label: string): Quad[];
  syntheticRelationship(row: RelationshipRow): Quad[];
}

/** The bench's own shape (above). */
const BENCH_SHAPE: Shape = (() => {
  const entity = (id: string, label: string, values: Record<string, unknown>) => [
    quad(iri(id), RDF_TYPE, term(label)),
    ...props(iri(id), values),
  ];
  const fact = (r: RelationshipRow) => {
    const f = namedNode(`${BASE}/fact/${encodeURIComponent(r.id)}`);
    return [
      quad(f, RDF_TYPE, term(r.type)),
      quad(f, term('from'), iri(r.from)),
      quad(f, term('to'), iri(r.to)),
      quad(f, term('source'), iri(r.source)),
      quad(f, term('locator'), textLiteral(r.locator)),
      ...props(f, r.props),
    ];
  };
  return {
    seedNode: (n) => entity(n.id, n.label, n.props),
    seedRelationship: (r, i) => fact({ ...r, id: `${r.type}|${r.from}|${r.to}|${r.key ?? i}`, props: r.props ?? {} }),
    syntheticNode: (row, label) => entity(row.id, label, row.props),
    syntheticRelationship: (row) => fact(row),
  };
})();

const plainValue = (value: unknown): unknown =>
  neo4j.isInt(value) ? value.toNumber() : Array.isArray(value) ? value.map(plainValue) : value;
const plainProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plainValue(v)]));

/** The server's own mapping (QuadMaker, src/graph/linkedData), as the dump writes it. */
function serverShape(base: string): Shape {
  const maker = new QuadMaker(base);
  const fact = (r: RelationshipRow) =>
    maker.factQuads({ type: r.type, from: r.from, to: r.to, props: { ...r.props, id: r.id, source: r.source, locator: r.locator } });
  return {
    seedNode: (n) => maker.entityQuads(n.id, n.label, withDerivedNames(n.props)),
    seedRelationship: (r) => fact({ ...r, id: relationshipId(r.type, r.from, r.to, r.key), props: r.props ?? {} }),
    syntheticNode: (row, label) => maker.entityQuads(row.id, label, plainProps(row.props)),
    syntheticRelationship: (row) => fact({ ...row, props: plainProps(row.props) }),
  };
}

const labelOfPart = (part: string): string =>
  part
    .replace(/^upsert/, '')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');

/** Writes the seed and, above scale 0, the synthetic graph in `shape` as N-Triples (n3's Writer); answers the triple count. */
async function writeShape(file: string, seedDir: string, scale: number, shape: Shape): Promise<number> {
  const out = fs.createWriteStream(file);
  let count = 0;
  const write = async (quads: Quad[]) => {
    count += quads.length;
    if (!out.write(await writeQuads(quads, 'nt', BASE))) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  for (const seedFile of readSeed(seedDir)) {
    await write(seedFile.nodes.flatMap((n) => shape.seedNode(n)));
    await write(seedFile.relationships.flatMap((r, i) => shape.seedRelationship(r, i)));
  }
  if (scale > 0) {
    for (const batch of syntheticBatches({ scale, seed: 1 }, anchorPropsFromSeed(seedDir))) {
      const quads: Quad[] = [];
      for (const row of batch.rows) {
        if ('type' in row) quads.push(...shape.syntheticRelationship(row as RelationshipRow));
        else if (!(row as NodeRow).anchor) quads.push(...shape.syntheticNode(row as NodeRow, labelOfPart(batch.part)));
      }
      await write(quads);
    }
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return count;
}

/** Writes the graph in the bench's shape to `file`; answers the number of triples. */
export const writeNTriples = (file: string, seedDir: string, scale: number): Promise<number> =>
  writeShape(file, seedDir, scale, BENCH_SHAPE);

/**
 * The same graph (seed and synthetic) through the server's own mapping, without Neo4j: what the SPARQL store
 * would hold at that scale. Answers the triple count.
 */
export const writeMappedNTriples = (file: string, seedDir: string, scale: number, base: string): Promise<number> =>
  writeShape(file, seedDir, scale, serverShape(base));

/** Table 1's question: Hong Kong's film and TV imports by partner and year, in the shape above. */
export const TABLE1_QUERY = `PREFIX v: <${VOCAB}>
SELECT ?partner ?year ?value ?share ?rank WHERE {
  ?flow a v:IMPORTED_FROM ; v:from <${BASE}/id/region/hong-kong> ; v:to ?partner ; v:year ?year ; v:value ?value .
  OPTIONAL { ?flow v:sharePct ?share } OPTIONAL { ?flow v:rank ?rank }
} ORDER BY ?year ?rank ?partner`;
