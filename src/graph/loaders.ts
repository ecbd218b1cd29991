import DataLoader from 'dataloader';
import type { Executor } from './executor';

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

export interface Loaders {
  node: DataLoader<string, NodeRow | null>;
  relationships: DataLoader<RelationshipKey, RelationshipRow[], string>;
}

const keyOf = (k: RelationshipKey): string => `${k.id}|${k.type}|${k.direction}`;

/**
 * The request's DataLoaders. Each collects the keys that one tick of resolvers asks for and sends
 * them in one statement (`UNWIND`), so the number of statements a query costs depends on its depth,
 * not on how many items each level returns. Made per request: a cache never outlives its request.
 */
export function createLoaders(executor: Executor): Loaders {
  return {
    node: new DataLoader(async (ids) => {
      const rows = await executor.read('nodesByIds', { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.id as string, { label: r.label as string, props: r.props as Record<string, unknown> }]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    relationships: new DataLoader(async (keys) => {
      const rows = await executor.read('relationshipsOfNodes', { keys: keys.map((k) => ({ ...k })) });
      const grouped = new Map<string, RelationshipRow[]>(keys.map((k) => [keyOf(k), []]));
      for (const r of rows) {
        grouped.get(keyOf(r as unknown as RelationshipKey))?.push({
          type: r.type as string,
          direction: r.direction as Direction,
          props: r.props as Record<string, unknown>,
          other: { label: r.otherLabel as string, props: r.other as Record<string, unknown> },
        });
      }
      return keys.map((k) => grouped.get(keyOf(k))!);
    }, { cacheKeyFn: keyOf }),
  };
}
