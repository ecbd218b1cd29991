/**
 * Claims as RDF (src/model/claims.ts): the rows of the linked-data claim reads (cypher/fragments/linkedDataClaim.cypher,
 * taken in by linkedDataClaims, linkedDataClaimsOfFacts, linkedDataClaimBatch and linkedDataOfEntities) turned
 * into quads, and a claim's own description for its IRI.
 */
import type { Quad } from 'n3';
import type { Graph } from '../graph';
import { ClaimRecord, QuadMaker, unique } from './quads';

/** One claim as the fragment returns it: its properties, what it is about ([id, label, name]) and its Source's name. */
export interface ClaimCell {
  props: Record<string, unknown>;
  about: [id: string, label: string | null, name: unknown][];
  source: unknown;
}

export const claimRecord = (cell: ClaimCell): ClaimRecord => ({ props: cell.props, about: cell.about.map(([id]) => id) });

/** The claim's quads, and its Source's and the entities' it is about class and name, as a description shows them. */
export function describedClaimQuads(maker: QuadMaker, cell: ClaimCell): Quad[] {
  return [
    ...maker.claimQuads(claimRecord(cell)),
    ...cell.about.flatMap(([id, label, name]) => maker.neighbourQuads(id, label, name)),
    ...(typeof cell.props.source === 'string' ? maker.neighbourQuads(cell.props.source, 'Source', cell.source) : []),
  ];
}

export interface ClaimDescription {
  id: string;
  /** The fact it states: a relationship id, or an entity id for the entity's own figures. */
  factId: string;
  quads: Quad[];
}

/** Several claims' descriptions in one statement, by id; an id that names no claim is absent from the map. */
export async function describeClaims(graph: Graph, base: string, claimIds: readonly string[]): Promise<Map<string, ClaimDescription>> {
  if (claimIds.length === 0) return new Map();
  const maker = new QuadMaker(base);
  const rows = await graph.read('linkedDataClaims', { ids: [...claimIds] });
  return new Map(
    rows.map((row) => {
      const cell = row.claim as ClaimCell;
      const id = cell.props.id as string;
      return [id, { id, factId: cell.props.factId as string, quads: unique(describedClaimQuads(maker, cell)) }];
    }),
  );
}

/** One claim's description by its id (its quads, its Source's and its entities' names), or undefined. */
export async function describeClaim(graph: Graph, base: string, claimId: string): Promise<ClaimDescription | undefined> {
  return (await describeClaims(graph, base, [claimId])).get(claimId);
}

/** The described quads of every claim of one fact (a relationship id, or an entity id for its own figures). */
export async function claimsOfFactQuads(graph: Graph, maker: QuadMaker, factId: string): Promise<Quad[]> {
  const rows = await graph.read('linkedDataClaimsOfFacts', { factIds: [factId] });
  return rows.flatMap((row) => describedClaimQuads(maker, row.claim as ClaimCell));
}
