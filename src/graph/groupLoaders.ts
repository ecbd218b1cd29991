/**
 * The loaders behind a graph view's expansion: a node's relationships counted by type and direction, and
 * a page of one such group. Like the others (loaders.ts), made per request, each batching the loads of a
 * tick into one statement per shape.
 */
import DataLoader from 'dataloader';
import type { Direction } from '../model';
import { groupBy } from './batches';
import type { Graph } from './graph';
import type { RelationshipRow } from './factRows';
import { byLabel, keysByLabel } from './statements/keys';
import { decodeGroup, GroupRow, groupsName } from './statements/relationshipGroups';
import { decodePageRow, Neighbour, pageName, pageParams } from './statements/relationshipPage';

/** One page of one group: the node, the type and direction, where it starts and the years it keeps to. */
export interface GroupPageKey {
  id: string;
  type: string;
  direction: Direction;
  first: number;
  /** The id of the last neighbour of the page before; null for the first page. */
  after: string | null;
  fromYear: number | null;
  toYear: number | null;
}

export interface GroupPage {
  /** Every relationship of the group to the page's neighbours, neighbour by neighbour. */
  facts: RelationshipRow[];
  neighbours: number;
  /** The id to ask for the next page after, or null when this page is the last. */
  endCursor: string | null;
}

export interface GroupLoaders {
  relationshipGroups: DataLoader<string, GroupRow[]>;
  relationshipPage: DataLoader<GroupPageKey, GroupPage, string>;
}

const pageKeyOf = (k: GroupPageKey): string => [k.id, k.type, k.direction, k.first, k.after, k.fromYear, k.toYear].join('|');

/** Counts of every requested node's groups, one statement for all of them. */
const groupsLoader = (graph: Graph): GroupLoaders['relationshipGroups'] =>
  new DataLoader(async (ids) => {
    const keys = keysByLabel(ids);
    const found = new Map<string, GroupRow[]>(ids.map((id) => [id, []]));
    if (Object.keys(keys).length === 0) return ids.map(() => []);
    for (const row of await graph.read(groupsName(keys), { byLabel: keys })) {
      const group = decodeGroup(row);
      found.get(group.id)?.push(group);
    }
    return ids.map((id) => found.get(id)!);
  });

const rowsOf = (neighbour: Neighbour, type: string, direction: Direction): RelationshipRow[] =>
  neighbour.facts.map((props) => ({ type, direction, props, other: { label: neighbour.label, props: neighbour.props } }));

/** The page a key asked for, from the neighbours read: a page's worth, and whether one more was there. */
function pageOf(key: GroupPageKey, neighbours: Neighbour[]): GroupPage {
  const shown = neighbours.slice(0, key.first);
  const more = neighbours.length > key.first;
  return {
    facts: shown.flatMap((n) => rowsOf(n, key.type, key.direction)),
    neighbours: shown.length,
    endCursor: more ? String(shown[shown.length - 1].props.id) : null,
  };
}

/** Pages of one type, direction and size in one statement; each key starts and narrows years on its own. */
const pageLoader = (graph: Graph): GroupLoaders['relationshipPage'] =>
  new DataLoader(
    async (keys) => {
      const pages = new Map<string, GroupPage>();
      const shapes = groupBy(keys, (k) => `${k.type}|${k.direction}|${k.first}`);
      await Promise.all(
        shapes.map(async (batch) => {
          const { type, direction, first } = batch[0];
          const sorted = byLabel(
            batch.map((k) => ({ id: k.id, key: pageKeyOf(k), after: k.after, fromYear: k.fromYear, toYear: k.toYear })),
            (k) => k.id,
          );
          if (Object.keys(sorted).length === 0) return;
          const rows = await graph.read(pageName(type, direction, sorted), { byLabel: sorted, ...pageParams(first) });
          const byKey = new Map(rows.map((r) => decodePageRow(r)).map((p) => [p.key, p.neighbours]));
          for (const k of batch) pages.set(pageKeyOf(k), pageOf(k, byKey.get(pageKeyOf(k)) ?? []));
        }),
      );
      return keys.map((k) => pages.get(pageKeyOf(k)) ?? { facts: [], neighbours: 0, endCursor: null });
    },
    { cacheKeyFn: pageKeyOf },
  );

export const createGroupLoaders = (graph: Graph): GroupLoaders => ({
  relationshipGroups: groupsLoader(graph),
  relationshipPage: pageLoader(graph),
});
