import { DataFactory, Quad, Writer } from 'n3';
import type { Graph } from '../../graph/graph';
import { describeClaims, describeEntities, graphQuads } from '../../graph/linkedData';
import { CLAIM_PREFIX, entityIri, FACT_SEGMENT, idOfPath, relationshipIdParts } from '../../model';
import type { GraphQuads } from './engine';

/**
 * The graph's quads (src/graph/linkedData, the mapping of issue 28) in the named graphs the SPARQL store keeps
 * them in: each entity's graph holds what the dump says of it, its own quads and its outgoing facts (their
 * direct triples and fact nodes); each claim's graph, the claim's own quads. A quad belongs to the entity or
 * claim its subject is, or to the fact's start, so no quad is in two graphs, and a change to an entity, a claim
 * (an import's) or a fact leaving an entity is a replace of that one graph.
 */
export function sparqlQuads(graph: Graph, base: () => string): GraphQuads {
  return {
    async *wholeGraph() {
      for await (const batch of graphQuads(graph, base())) yield await nQuads(batch, base());
    },
    async describe(entities) {
      const b = base();
      const wanted = new Set(entities.map((id) => entityIri(b, id)));
      const isClaim = (id: string) => id.startsWith(`${CLAIM_PREFIX}:`);
      const described = [
        ...(
          await describeEntities(
            graph,
            b,
            entities.filter((id) => !isClaim(id)),
          )
        ).values(),
        ...(await describeClaims(graph, b, entities.filter(isClaim))).values(),
      ];
      const quads = described.flatMap((d) => d.quads).filter((q) => wanted.has(ownerOf(q, b)));
      return { graphs: [...wanted], nquads: await nQuads(quads, b) };
    },
  };
}

/** The entity graph a quad of the dump belongs to: its subject's, or for a fact's node, the fact's start's. */
function ownerOf(quad: Quad, base: string): string {
  const subject = quad.subject.value;
  const factPrefix = `${base}/id/${FACT_SEGMENT}/`;
  if (!subject.startsWith(factPrefix)) return subject;
  const named = idOfPath(subject.slice(`${base}/id/`.length));
  return 'fact' in named ? entityIri(base, relationshipIdParts(named.fact).from) : subject;
}

/** The quads as N-Quads, each in its owner's named graph, written by n3. */
function nQuads(quads: Quad[], base: string): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  for (const q of quads) writer.addQuad(DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(ownerOf(q, base))));
  return new Promise((resolve, reject) => writer.end((error, text: string) => (error ? reject(error) : resolve(text))));
}
