/**
 * One entity's or one fact's RDF description, read through the linked-data statements
 * (cypher/linkedDataOfEntities.cypher, cypher/linkedDataFacts.cypher, cypher/linkedDataClaimsOfFacts.cypher).
 */
import type { Quad } from 'n3';
import { CITATION_TYPE, CLAIM_TYPES, labelOfId, relationshipIdParts } from '../../model';
import { ClaimCell, claimsOfFactQuads, describedClaimQuads } from './claims';
import type { Graph, Row } from '../graph';
import { keyLookup } from '../statements';
import { FactRecord, QuadMaker, unique } from './quads';

/** Relationships reaching an entity (and claims of its facts) that its description holds at most (the dump holds them all). */
export const INCOMING_FACTS_LIMIT = 500;

/** Relationships reaching an entity that are not among its incoming facts: citations, and claims' links (claims are read apart). */
const INCOMING_LEFT_OUT = [CITATION_TYPE, ...CLAIM_TYPES];

export interface EntityDescription {
  id: string;
  label: string;
  /** The entity's own quads, then its facts' and its neighbours', each once. */
  quads: Quad[];
  /** Facts reaching the entity (citations apart) in the description, and in the graph. */
  incoming: { shown: number; total: number };
}

export interface FactDescription {
  id: string;
  type: string;
  from: string;
  to: string;
  quads: Quad[];
}

type FactCell = [type: string, props: Record<string, unknown>, otherId: string, otherLabel: string, otherName: unknown];

function describedRow(maker: QuadMaker, row: Row): EntityDescription {
  const id = row.id as string;
  const label = row.label as string;
  const quads = maker.entityQuads(id, label, row.props as Record<string, unknown>);
  const facts = (cells: unknown, outgoing: boolean) => {
    for (const [type, props, otherId, otherLabel, otherName] of (cells as (FactCell | [null, ...unknown[]])[]).filter(
      (c): c is FactCell => c[0] !== null,
    )) {
      const fact: FactRecord = outgoing ? { type, props, from: id, to: otherId } : { type, props, from: otherId, to: id };
      quads.push(...maker.factQuads(fact), ...maker.neighbourQuads(otherId, otherLabel, otherName));
    }
  };
  facts(row.outgoing, true);
  facts(row.incoming, false);
  for (const claim of row.claims as ClaimCell[]) quads.push(...describedClaimQuads(maker, claim));
  const shown = (row.incoming as unknown[]).filter((c) => (c as unknown[])[0] !== null).length;
  return { id, label, quads: unique(quads), incoming: { shown, total: row.incomingTotal as number } };
}

/**
 * The statement reading entities with their facts (cypher/linkedDataOfEntities.cypher) and its parameters: the one
 * read behind both an entity's RDF description and its page (src/graph/entityProfile.ts), so the two agree.
 */
export function entitiesWithFacts(ids: readonly string[]): { query: string; params: Record<string, unknown> } {
  const { query, byLabel } = keyLookup('linkedDataOfEntities', ids);
  return { query, params: { byLabel, incomingLimit: INCOMING_FACTS_LIMIT, incomingLeftOut: INCOMING_LEFT_OUT } };
}

/** Several entities' descriptions in one statement, by id; an id that names nothing is absent from the map. */
export async function describeEntities(graph: Graph, base: string, ids: readonly string[]): Promise<Map<string, EntityDescription>> {
  const known = ids.filter((id) => labelOfId(id));
  if (known.length === 0) return new Map();
  const { query, params } = entitiesWithFacts(known);
  const rows = await graph.read(query, params);
  const maker = new QuadMaker(base);
  return new Map(rows.map((row) => [row.id as string, describedRow(maker, row)]));
}

/**
 * One entity's description (its properties, its facts with their sources, the claims of its own figures and of
 * the facts leaving it, its neighbours' names), or undefined.
 */
export async function describeEntity(graph: Graph, base: string, id: string): Promise<EntityDescription | undefined> {
  return (await describeEntities(graph, base, [id])).get(id);
}

/** One fact's description (its direct triple, its node with values, source and locator, its claims, both ends' names), or undefined. */
export async function describeFact(graph: Graph, base: string, relationshipId: string): Promise<FactDescription | undefined> {
  const { from } = relationshipIdParts(relationshipId);
  if (!labelOfId(from)) return undefined;
  const { query, byLabel } = keyLookup('linkedDataFacts', [from]);
  const keyed = Object.fromEntries(
    Object.entries(byLabel).map(([label, keys]) => [label, keys.map((k) => ({ ...k, fact: relationshipId }))]),
  );
  const [row] = await graph.read(query, { byLabel: keyed });
  if (!row) return undefined;
  const maker = new QuadMaker(base);
  const fact: FactRecord = {
    type: row.type as string,
    props: row.props as Record<string, unknown>,
    from: row.from as string,
    to: row.to as string,
  };
  const quads = [
    ...maker.factQuads(fact),
    ...maker.neighbourQuads(fact.from, row.fromLabel as string, row.fromName),
    ...maker.neighbourQuads(fact.to, row.toLabel as string, row.toName),
    ...(await claimsOfFactQuads(graph, maker, relationshipId)),
  ];
  return { id: relationshipId, ...fact, quads: unique(quads) };
}
