import DataLoader from 'dataloader';
import { groupBy } from './batches';
import { ChainStep, chainName } from './chains';
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
  /**
   * The levels the query selects below this one (src/graph/chains.ts), fetched in the same statement
   * and primed into the cache. Not part of the cache key: the facts of a key are the same either way.
   */
  deeper?: readonly ChainStep[];
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

/** One level of a statement's answer: what its loads asked for, and what the statement reads. */
interface LevelReads {
  /** What the loads asked for, which keys their cache entries ... */
  asked: FactReads;
  /** ... and what the statement reads: the asked properties and those facts are ordered by. */
  fetched: FactReads;
}

const levelReads = (asked: FactReads = ALL_PROPERTIES): LevelReads =>
  ({ asked, fetched: { fact: withNames(asked.fact, FACT_ORDER), node: asked.node } });

interface FactsStatement extends LevelReads {
  query: string;
  keys: RelationshipKey[];
  /** The chain's levels below the keys' own, when the statement is a chain. */
  deeper: (ChainStep & LevelReads)[];
}

const statementOf = (key: RelationshipKey): string =>
  chainName(key.type, key.direction, key.deeper) ?? specialised('relationshipsOfType', key.type) ?? 'relationshipsOfNodes';

const chainKey = (deeper: readonly ChainStep[] = []): string => deeper.map((s) => readsKey(s.reads)).join('/');

/**
 * One statement per relationship type (or chain of them) and choice of properties in the batch: core
 * types go to a statement with the type written in its pattern (fast at hub nodes), other types to the
 * general one. A level of a query asks for one or a few types, and all items of a level read the same
 * properties, so the count still follows depth, not breadth; a chain takes the levels below in too.
 */
function statementsFor(keys: readonly RelationshipKey[]): FactsStatement[] {
  return groupBy(keys, (k) => `${statementOf(k)}|${readsKey(k.reads)}|${chainKey(k.deeper)}`).map((group) => {
    const query = statementOf(group[0]);
    return {
      query,
      ...levelReads(group[0].reads),
      keys: group.map((k) => ({ id: k.id, type: k.type, direction: k.direction })),
      deeper: query.startsWith('relationshipChain@') ? group[0].deeper!.map((s) => ({ ...s, ...levelReads(s.reads) })) : [],
    };
  });
}

type CollectedFact = [unknown, string, unknown];

/** Facts collected as [relationship, label, other end] (cypher/projectedFacts.cypher, relationshipChainLevel.cypher). */
function factsOfRow(facts: CollectedFact[], type: string, direction: Direction, reads: FactReads): RelationshipRow[] {
  return facts.map(([props, label, other]) => ({
    type,
    direction,
    props: propertyMap(props, reads.fact),
    other: { label, props: propertyMap(other, reads.node) },
  }));
}

/**
 * A chain statement's answer (cypher/relationshipChain.cypher): the first level's facts go to `grouped`
 * as a plain statement's do; each deeper level is primed into the loader for every node it started
 * from, the nodes the level above reached with the step's label, with no facts where it found none.
 */
async function loadChain(
  executor: Executor, statement: FactsStatement, grouped: Map<string, RelationshipRow[]>,
  prime: (key: RelationshipKey, rows: RelationshipRow[]) => void,
): Promise<void> {
  const { query, keys, deeper } = statement;
  const [row] = await executor.read(query, { byLabel: byLabel(keys, (k) => k.id), reads: [statement, ...deeper].map((l) => l.fetched) });
  const levels = row.levels as [string, CollectedFact[]][][];
  const { type, direction } = keys[0];
  let reached: RelationshipRow[] = [];
  for (const [id, facts] of levels[0]) {
    const rows = factsOfRow(facts, type, direction, statement.fetched);
    grouped.get(keyOf({ id, type, direction, reads: statement.asked }))?.push(...rows);
    for (const r of rows) reached.push(r);
  }
  deeper.forEach((step, i) => {
    const found = new Map(levels[i + 1].map(([id, facts]) => [id, factsOfRow(facts, step.type, step.direction, step.fetched)]));
    const starts = new Set(reached.filter((r) => r.other.label === step.label).map((r) => r.other.props.id as string));
    reached = [];
    for (const id of starts) {
      const rows = (found.get(id) ?? []).sort(compareFacts);
      prime({ id, type: step.type, direction: step.direction, reads: step.asked }, rows);
      for (const r of rows) reached.push(r);
    }
  });
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
  const relationships: Loaders['relationships'] = new DataLoader(async (keys) => {
    const grouped = new Map<string, RelationshipRow[]>(keys.map((k) => [keyOf(k), []]));
    await Promise.all(statementsFor(keys).map(async (statement) => {
      if (statement.deeper.length > 0) return loadChain(executor, statement, grouped, (key, rows) => relationships.prime(key, rows));
      const { query, asked, fetched, keys: batch } = statement;
      const rows = await executor.read(query, { byLabel: byLabel(batch, (k) => k.id), factProperties: fetched.fact, nodeProperties: fetched.node });
      for (const row of rows) {
        const { id, type, direction } = row as unknown as RelationshipKey;
        grouped.get(keyOf({ id, type, direction, reads: asked }))?.push(...factsOfRow(row.facts as CollectedFact[], type, direction, fetched));
      }
    }));
    return keys.map((k) => grouped.get(keyOf(k))!.sort(compareFacts));
  }, { cacheKeyFn: keyOf });
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
    relationships,
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
