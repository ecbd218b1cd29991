import DataLoader from 'dataloader';
import { groupBy } from './batches';
import { loadChain, Prime, ReadLevel } from './chainLoad';
import { ChainLevel, chainName, ChainStep } from './statements/relationshipChain';
import type { Graph } from './graph';
import { compareFacts, Direction, factsOfRow, levelReads, LevelReads, NodeRow, RelationshipRow, toRelationshipRow } from './factRows';
import type { RelationshipParams, RelationshipShape } from './relationshipFilter';
import { ALL_PROPERTIES, FactReads, namesKey, PropertyNames } from './projection';
import { byLabel, decodeNode, keyLookup } from './statements/keys';
import { decodeFacts, specialised } from './statements/relationshipsOfType';
import { createGroupLoaders, GroupLoaders } from './groupLoaders';

export type { Direction, NodeRow, RelationshipRow } from './factRows';
export { compareFacts, toRelationshipRow } from './factRows';

export interface RelationshipKey {
  id: string;
  type: string;
  direction: Direction;
  /** The properties the query reads of each relationship and its other end; all when left out. */
  reads?: FactReads;
  /**
   * The levels the query selects below this one (src/graph/statements/relationshipChain.ts), fetched in the same statement
   * and primed into the cache. Not part of the cache key: the facts of a key are the same either way.
   */
  deeper?: readonly ChainStep[];
  /**
   * Only the facts that pass a fact list's filter (src/graph/filter.ts, factListFilter): its shape goes into the
   * statement's name, so keys of one shape share a statement, and its values go with the key as parameters.
   */
  filter?: { shape: RelationshipShape; params: RelationshipParams };
}

/** A node by id, with the properties the query reads of it (all when left out). */
export interface NodeKey {
  id: string;
  properties?: PropertyNames;
  /** The relationship fields the query selects on the node, level by level, fetched with it (as `deeper` above). */
  chain?: readonly ChainStep[];
}

/** All relationships of a node whatever their type, in one direction or (null) both. */
export interface NeighbourhoodKey {
  id: string;
  direction: Direction | null;
}

export interface Loaders extends GroupLoaders {
  node: DataLoader<NodeKey, NodeRow | null, string>;
  relationships: DataLoader<RelationshipKey, RelationshipRow[], string>;
  neighbourhood: DataLoader<NeighbourhoodKey, RelationshipRow[], string>;
}

const readsKey = (reads: FactReads = ALL_PROPERTIES): string => `${namesKey(reads.fact)}|${namesKey(reads.node)}`;
/** Two loads of one node's relationships share a fetch only when they read the same properties. */
const keyOf = (k: RelationshipKey): string =>
  `${k.id}|${k.type}|${k.direction}|${readsKey(k.reads)}${k.filter ? `|${JSON.stringify([k.filter.shape, k.filter.params])}` : ''}`;
const nodeKeyOf = (k: NodeKey): string => `${k.id}|${namesKey(k.properties ?? null)}`;
const neighbourhoodKeyOf = (k: NeighbourhoodKey): string => `${k.id}|${k.direction ?? 'BOTH'}`;

interface FactsStatement extends LevelReads {
  query: string;
  /** The keys as the statement takes them: a filtered key with its filter's values (`key.filter` in the statement). */
  keys: { id: string; type: string; direction: Direction; filter?: RelationshipParams }[];
  /** The filter of a fact list the keys share the shape of (their ids distinct), each key's own; else none. */
  filters?: Map<string, RelationshipKey['filter']>;
  /** The keys' own level and those below it, when the statement is a chain; else empty. */
  levels: ReadLevel[];
}

/** The levels of a chain, each with the properties its loads read. */
type Chain = readonly (ChainLevel & { reads?: FactReads })[];

/** The properties each level of a chain reads: with the statement's name, what decides which loads share a statement. */
const readsKeys = (chain: Chain): string => chain.map((s) => readsKey(s.reads)).join('/');

const readLevels = (chain: Chain): ReadLevel[] =>
  chain.map((s) => ({ label: s.label, type: s.type, direction: s.direction, ...levelReads(s.reads) }));

const chainOf = (key: RelationshipKey): Chain => (key.deeper?.length && !key.filter ? [key, ...key.deeper] : []);

const statementOf = (key: RelationshipKey): string =>
  chainName(chainOf(key)) ?? specialised('relationshipsOfType', key.type, key.filter?.shape) ?? 'relationshipsOfNodes';

/**
 * A statement's rows name their key by id, type and direction, so a node asked twice with one filter shape and
 * different values (two aliases) goes into a second statement; keys of one shape otherwise share one.
 */
function distinctIds(group: RelationshipKey[]): RelationshipKey[][] {
  if (!group[0].filter) return [group];
  const batches: { ids: Set<string>; keys: RelationshipKey[] }[] = [];
  for (const k of group) {
    let batch = batches.find((b) => !b.ids.has(k.id));
    if (!batch) batches.push((batch = { ids: new Set(), keys: [] }));
    batch.ids.add(k.id);
    batch.keys.push(k);
  }
  return batches.map((b) => b.keys);
}

/**
 * One statement per relationship type (or chain of them) and choice of properties in the batch: core
 * types go to a statement with the type written in its pattern (fast at hub nodes), other types to the
 * general one. A level of a query asks for one or a few types, and all items of a level read the same
 * properties, so the count still follows depth, not breadth; a chain takes the levels below in too.
 */
function statementsFor(keys: readonly RelationshipKey[]): FactsStatement[] {
  const groups = groupBy(keys, (k) => `${statementOf(k)}|${readsKey(k.reads)}|${readsKeys(chainOf(k).slice(1))}`).flatMap(distinctIds);
  return groups.map((group) => {
    const chain = chainOf(group[0]);
    return {
      query: statementOf(group[0]),
      ...levelReads(group[0].reads),
      keys: group.map((k) =>
        k.filter
          ? { id: k.id, type: k.type, direction: k.direction, filter: k.filter.params }
          : { id: k.id, type: k.type, direction: k.direction },
      ),
      levels: chainName(chain) ? readLevels(chain) : [],
      filters: group[0].filter ? new Map(group.map((k) => [k.id, k.filter])) : undefined,
    };
  });
}

/**
 * The request's DataLoaders. Each collects the keys that one tick of resolvers asks for and sends
 * them in one statement (`UNWIND`), so the number of statements a query costs depends on its depth,
 * not on how many items each level returns. Made per request: a cache never outlives its request.
 */
export function createLoaders(graph: Graph): Loaders {
  const relationships = relationshipLoader(graph);
  return {
    ...createGroupLoaders(graph),
    node: nodeLoader(graph, primer(relationships)),
    relationships,
    neighbourhood: new DataLoader(
      async (keys) => {
        const rows = await graph.read('neighbourhoodOfNodes', {
          byLabel: byLabel(
            keys.map((k) => ({ ...k })),
            (k) => k.id,
          ),
        });
        const grouped = new Map<string, RelationshipRow[]>(keys.map((k) => [neighbourhoodKeyOf(k), []]));
        for (const r of rows) {
          grouped.get(neighbourhoodKeyOf({ id: r.id as string, direction: r.asked as Direction | null }))?.push(toRelationshipRow(r));
        }
        return keys.map((k) => grouped.get(neighbourhoodKeyOf(k))!);
      },
      { cacheKeyFn: neighbourhoodKeyOf },
    ),
  };
}

/** Puts one node's facts of one level into the relationship loader's cache (where no load is there already). */
const primer =
  (relationships: Loaders['relationships']): Prime =>
  (id, level, rows) => {
    relationships.prime({ id, type: level.type, direction: level.direction, reads: level.asked }, rows);
  };

function relationshipLoader(graph: Graph): Loaders['relationships'] {
  const loader: Loaders['relationships'] = new DataLoader(
    async (keys) => {
      // Each statement gives one entry per key that has facts (in fact order); a key with none gets an empty list.
      const found = new Map<string, RelationshipRow[]>();
      await Promise.all(
        statementsFor(keys).map(async ({ query, asked, fetched, keys: batch, levels, filters }) => {
          if (levels.length > 0) {
            const { first } = await loadChain(graph, { query, starts: batch.map((k) => k.id), levels }, primer(loader));
            for (const [id, rows] of first)
              found.set(keyOf({ id, type: batch[0].type, direction: batch[0].direction, reads: asked }), rows);
            return;
          }
          const rows = await graph.read(query, {
            byLabel: byLabel(batch, (k) => k.id),
            factProperties: fetched.fact,
            nodeProperties: fetched.node,
          });
          for (const row of rows) {
            const { id, type, direction, facts } = decodeFacts(row);
            found.set(
              keyOf({ id, type, direction, reads: asked, filter: filters?.get(id) }),
              factsOfRow(facts, type, direction, fetched).sort(compareFacts),
            );
          }
        }),
      );
      return keys.map((k) => found.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
  return loader;
}

type FoundNode = NodeRow & { id: string };

function nodeLoader(graph: Graph, prime: Prime): Loaders['node'] {
  return new DataLoader(
    async (keys) => {
      const found = new Map<string, NodeRow>();
      // DataLoader has already merged equal keys, so within a group every id is asked once.
      await Promise.all(
        groupBy(keys, (k) => `${namesKey(k.properties ?? null)}|${chainName(k.chain ?? []) ?? ''}|${readsKeys(k.chain ?? [])}`).map(
          async (group) => {
            const [{ properties = null, chain = [] }] = group;
            const ids = group.map((k) => k.id);
            const rows = chainName(chain)
              ? await nodesWithChain(graph, ids, properties, chain, prime)
              : await nodesByIds(graph, ids, properties);
            for (const r of rows) found.set(nodeKeyOf({ id: r.id, properties }), { label: r.label, props: r.props });
          },
        ),
      );
      return keys.map((k) => found.get(nodeKeyOf(k)) ?? null);
    },
    { cacheKeyFn: nodeKeyOf },
  );
}

async function nodesByIds(graph: Graph, ids: string[], properties: PropertyNames): Promise<FoundNode[]> {
  const lookup = keyLookup('nodesByIds', ids);
  const rows = await graph.read(lookup.query, { byLabel: lookup.byLabel, properties });
  return rows.map((r) => decodeNode(r, properties));
}

/**
 * Nodes together with the chain of relationship fields their query selects on them (a lookup and its
 * nested facts), in one statement; every level, the first included, is primed into the relationship loader.
 */
async function nodesWithChain(
  graph: Graph,
  ids: string[],
  properties: PropertyNames,
  chain: readonly ChainStep[],
  prime: Prime,
): Promise<FoundNode[]> {
  const levels = readLevels(chain);
  const { first, roots } = await loadChain(graph, { query: chainName(chain)!, starts: ids, levels, roots: properties }, prime);
  for (const root of roots) prime(root.id, levels[0], first.get(root.id) ?? []);
  return roots;
}
