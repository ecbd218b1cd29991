import DataLoader from 'dataloader';
import { groupBy } from './batches';
import type { Executor } from './executor';
import { byLabel, idsByLabel } from './entity';
import { specialised } from './queries';
import { ALL_PROPERTIES, FactReads, namesKey, propertyMap, PropertyNames, withNames } from './projection';

/** A node as the API sees it: its one entity label and its properties. */
export interface NodeRow {
  label: string;
  props: Record<string, unknown>;
}

export type Direction = 'OUT' | 'IN';

export interface RelationshipKey {
  id: string;
  type: string;
  direction: Direction;
  /** The properties the query reads of each relationship and its other end; all when left out. */
  reads?: FactReads;
}

/** A node by id, with the properties the query reads of it (all when left out). */
export interface NodeKey {
  id: string;
  properties?: PropertyNames;
}

/** One relationship seen from one of its ends: its properties and the node at the other end. */
export interface RelationshipRow {
  type: string;
  direction: Direction;
  props: Record<string, unknown>;
  other: NodeRow;
}

/** All relationships of a node whatever their type, in one direction or (null) both. */
export interface NeighbourhoodKey {
  id: string;
  direction: Direction | null;
}

export interface Loaders {
  node: DataLoader<NodeKey, NodeRow | null, string>;
  relationships: DataLoader<RelationshipKey, RelationshipRow[], string>;
  neighbourhood: DataLoader<NeighbourhoodKey, RelationshipRow[], string>;
}

const readsKey = (reads: FactReads = ALL_PROPERTIES): string => `${namesKey(reads.fact)}|${namesKey(reads.node)}`;
/** Two loads of one node's relationships share a fetch only when they read the same properties. */
const keyOf = (k: RelationshipKey): string => `${k.id}|${k.type}|${k.direction}|${readsKey(k.reads)}`;
const nodeKeyOf = (k: NodeKey): string => `${k.id}|${namesKey(k.properties ?? null)}`;
const neighbourhoodKeyOf = (k: NeighbourhoodKey): string => `${k.id}|${k.direction ?? 'BOTH'}`;

/** A row of neighbourhoodOfNodes, as the API passes it on. */
export const toRelationshipRow = (r: Record<string, unknown>): RelationshipRow => ({
  type: r.type as string,
  direction: r.direction as Direction,
  props: r.props as Record<string, unknown>,
  other: { label: r.otherLabel as string, props: r.other as Record<string, unknown> },
});

/** Facts are listed by these properties, then by the other end's id; the loader always reads them. */
const FACT_ORDER = ['year', 'rank', 'startDate'];

interface FactsStatement {
  query: string;
  /** What the loads asked for, which keys their cache entries ... */
  asked: FactReads;
  /** ... and what the statement reads: the asked properties and those facts are ordered by. */
  fetched: FactReads;
  keys: RelationshipKey[];
}

const statementOf = (key: RelationshipKey): string => specialised('relationshipsOfType', key.type) ?? 'relationshipsOfNodes';

/**
 * One statement per relationship type and choice of properties in the batch: core types go to a
 * statement with the type written in its pattern (fast at hub nodes), other types to the general one.
 * A level of a query asks for one or a few types, and all items of a level read the same properties,
 * so the count still follows depth, not breadth.
 */
function statementsFor(keys: readonly RelationshipKey[]): FactsStatement[] {
  return groupBy(keys, (k) => `${statementOf(k)}|${readsKey(k.reads)}`).map((group) => {
    const asked = group[0].reads ?? ALL_PROPERTIES;
    return {
      query: statementOf(group[0]),
      asked,
      fetched: { fact: withNames(asked.fact, FACT_ORDER), node: asked.node },
      keys: group.map((k) => ({ id: k.id, type: k.type, direction: k.direction })),
    };
  });
}

/** The facts of one row of relationshipsOfType or relationshipsOfNodes (cypher/projectedFacts.cypher). */
function factsOfRow(row: Record<string, unknown>, reads: FactReads): RelationshipRow[] {
  return (row.facts as [unknown, string, unknown][]).map(([props, label, other]) => ({
    type: row.type as string,
    direction: row.direction as Direction,
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

/**
 * The request's DataLoaders. Each collects the keys that one tick of resolvers asks for and sends
 * them in one statement (`UNWIND`), so the number of statements a query costs depends on its depth,
 * not on how many items each level returns. Made per request: a cache never outlives its request.
 */
export function createLoaders(executor: Executor): Loaders {
  return {
    node: new DataLoader(async (keys) => {
      const found = new Map<string, NodeRow>();
      // DataLoader has already merged equal keys, so within a group every id is asked once.
      await Promise.all(groupBy(keys, (k) => namesKey(k.properties ?? null)).map(async (group) => {
        const properties = group[0].properties ?? null;
        const rows = await executor.read('nodesByIds', { byLabel: idsByLabel(group.map((k) => k.id)), properties });
        for (const r of rows) found.set(nodeKeyOf({ id: r.id as string, properties }), { label: r.label as string, props: propertyMap(r.props, properties) });
      }));
      return keys.map((k) => found.get(nodeKeyOf(k)) ?? null);
    }, { cacheKeyFn: nodeKeyOf }),
    relationships: new DataLoader(async (keys) => {
      const grouped = new Map<string, RelationshipRow[]>(keys.map((k) => [keyOf(k), []]));
      await Promise.all(statementsFor(keys).map(async ({ query, asked, fetched, keys: batch }) => {
        const rows = await executor.read(query, { byLabel: byLabel(batch, (k) => k.id), factProperties: fetched.fact, nodeProperties: fetched.node });
        for (const row of rows) grouped.get(keyOf({ ...(row as unknown as RelationshipKey), reads: asked }))?.push(...factsOfRow(row, fetched));
      }));
      return keys.map((k) => grouped.get(keyOf(k))!.sort(compareFacts));
    }, { cacheKeyFn: keyOf }),
    neighbourhood: new DataLoader(async (keys) => {
      const rows = await executor.read('neighbourhoodOfNodes', { byLabel: byLabel(keys.map((k) => ({ ...k })), (k) => k.id) });
      const grouped = new Map<string, RelationshipRow[]>(keys.map((k) => [neighbourhoodKeyOf(k), []]));
      for (const r of rows) {
        grouped.get(neighbourhoodKeyOf({ id: r.id as string, direction: r.asked as Direction | null }))?.push(toRelationshipRow(r));
      }
      return keys.map((k) => grouped.get(neighbourhoodKeyOf(k))!);
    }, { cacheKeyFn: neighbourhoodKeyOf }),
  };
}
