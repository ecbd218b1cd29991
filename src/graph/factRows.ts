import type { Direction } from '../model';
import { ALL_PROPERTIES, FactReads, propertyMap, withNames } from './projection';

/** A node as the API sees it: its one entity label and its properties. */
export interface NodeRow {
  label: string;
  props: Record<string, unknown>;
}

export type { Direction } from '../model';

/** One relationship seen from one of its ends: its properties and the node at the other end. */
export interface RelationshipRow {
  type: string;
  direction: Direction;
  props: Record<string, unknown>;
  other: NodeRow;
}

/** A row of neighbourhoodOfNodes, as the API passes it on. */
export const toRelationshipRow = (r: Record<string, unknown>): RelationshipRow => ({
  type: r.type as string,
  direction: r.direction as Direction,
  props: r.props as Record<string, unknown>,
  other: { label: r.otherLabel as string, props: r.other as Record<string, unknown> },
});

/** Facts are listed by these properties, then by the other end's id; the loader always reads them. */
const FACT_ORDER = ['year', 'rank', 'startDate'];

/** One level of a statement's answer: what its loads asked for, and what the statement reads. */
export interface LevelReads {
  /** What the loads asked for, which keys their cache entries ... */
  asked: FactReads;
  /** ... and what the statement reads: the asked properties and those facts are ordered by. */
  fetched: FactReads;
}

export const levelReads = (asked: FactReads = ALL_PROPERTIES): LevelReads => ({
  asked,
  fetched: { fact: withNames(asked.fact, FACT_ORDER), node: asked.node },
});

/** A fact as statements collect them: [relationship, label of the other end, other end]. */
export type CollectedFact = [unknown, string, unknown];

/** Facts collected by cypher/fragments/projectedFacts.cypher or relationshipChainLevel.cypher, read with `reads`. */
export function factsOfRow(facts: CollectedFact[], type: string, direction: Direction, reads: FactReads): RelationshipRow[] {
  return facts.map(([props, label, other]) => ({
    type,
    direction,
    props: propertyMap(props, reads.fact),
    other: { label, props: propertyMap(other, reads.node) },
  }));
}

/**
 * Missing values after present ones, as Neo4j's ORDER BY puts nulls; numbers by size; text by UTF-16
 * unit, which is Neo4j's order outside the astral planes.
 */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The order facts are listed in: by year, rank and start date, then by the other end's id. */
export function compareFacts(a: RelationshipRow, b: RelationshipRow): number {
  for (const property of FACT_ORDER) {
    const order = compareValues(a.props[property], b.props[property]);
    if (order !== 0) return order;
  }
  return compareValues(a.other.props.id, b.other.props.id);
}
