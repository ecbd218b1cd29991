import DataLoader from 'dataloader';
import type { Executor } from './executor';
import { byLabel, idsByLabel } from './entity';
import { specialised } from './queries';

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
  node: DataLoader<string, NodeRow | null>;
  relationships: DataLoader<RelationshipKey, RelationshipRow[], string>;
  neighbourhood: DataLoader<NeighbourhoodKey, RelationshipRow[], string>;
}

const keyOf = (k: RelationshipKey): string => `${k.id}|${k.type}|${k.direction}`;
const neighbourhoodKeyOf = (k: NeighbourhoodKey): string => `${k.id}|${k.direction ?? 'BOTH'}`;

/** A row of relationshipsOfNodes, relationshipsOfType or neighbourhoodOfNodes, as the API passes it on. */
export const toRelationshipRow = (r: Record<string, unknown>): RelationshipRow => ({
  type: r.type as string,
  direction: r.direction as Direction,
  props: r.props as Record<string, unknown>,
  other: { label: r.otherLabel as string, props: r.other as Record<string, unknown> },
});

/**
 * One statement per relationship type in the batch: core types go to a statement with the type
 * written in its pattern (fast at hub nodes), other types to the general one. A level of a query asks
 * for one or a few types, so the count still follows depth, not breadth.
 */
function statementsFor(keys: readonly RelationshipKey[]): { query: string; params: Record<string, unknown> }[] {
  const byQuery = new Map<string, RelationshipKey[]>();
  for (const key of keys) {
    const query = specialised('relationshipsOfType', key.type) ?? 'relationshipsOfNodes';
    const batch = byQuery.get(query) ?? [];
    batch.push({ ...key });
    byQuery.set(query, batch);
  }
  return [...byQuery].map(([query, batch]) => ({
    query, params: { byLabel: byLabel(batch, (k) => k.id) },
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
  for (const property of ['year', 'rank', 'startDate']) {
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
    node: new DataLoader(async (ids) => {
      const rows = await executor.read('nodesByIds', { byLabel: idsByLabel(ids) });
      const byId = new Map(rows.map((r) => [r.id as string, { label: r.label as string, props: r.props as Record<string, unknown> }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    relationships: new DataLoader(async (keys) => {
      const grouped = new Map<string, RelationshipRow[]>(keys.map((k) => [keyOf(k), []]));
      await Promise.all(statementsFor(keys).map(async ({ query, params }) => {
        for (const r of await executor.read(query, params)) {
          grouped.get(keyOf(r as unknown as RelationshipKey))?.push(toRelationshipRow(r));
        }
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
