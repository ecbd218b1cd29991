import { ChainLevel, decodeChainRow } from './statements/relationshipChain';
import type { Graph } from './graph';
import { compareFacts, factsOfRow, LevelReads, NodeRow, RelationshipRow } from './factRows';
import { propertyMap, PropertyNames } from './projection';
import { keyLookup } from './statements';

/** One level of a chain statement, with what its loads ask for and what the statement reads. */
export type ReadLevel = ChainLevel & LevelReads;

export interface ChainLoad {
  /** The statement, cypher/relationshipChain.cypher specialised for the levels (src/graph/statements/relationshipChain.ts). */
  query: string;
  /** The ids of the nodes the first level starts from. */
  starts: string[];
  levels: ReadLevel[];
  /** The properties to return of the start nodes themselves (null for all); none when left out. */
  roots?: PropertyNames;
}

export interface ChainAnswer {
  /** Each start node's first-level facts, in fact order; a start with none, or not found, is absent. */
  first: Map<string, RelationshipRow[]>;
  /** The start nodes found, when the load asked for them. */
  roots: (NodeRow & { id: string })[];
}

/** Hands one level's facts of one node to the relationship loader's cache. */
export type Prime = (id: string, level: ReadLevel, rows: RelationshipRow[]) => void;

/**
 * Runs a chain statement. The first level's facts are returned; each deeper level is primed for every
 * node it started from (the nodes the level above reached with the level's label), with no facts where
 * it found none, so the resolvers below ask Neo4j nothing more.
 */
export async function loadChain(graph: Graph, load: ChainLoad, prime: Prime): Promise<ChainAnswer> {
  const lookup = keyLookup(load.query, load.starts);
  const [answer] = await graph.read(lookup.query, {
    byLabel: lookup.byLabel,
    reads: load.levels.map((l) => l.fetched),
    roots: load.roots === undefined ? null : { properties: load.roots },
  });
  const row = decodeChainRow(answer);
  const answered = row.levels;
  const factsOf = (i: number) =>
    new Map(
      answered[i].map(([id, facts]) => {
        const { type, direction, fetched } = load.levels[i];
        return [id, factsOfRow(facts, type, direction, fetched).sort(compareFacts)];
      }),
    );
  const first = factsOf(0);
  let reached = [...first.values()];
  for (let i = 1; i < load.levels.length; i += 1) {
    const level = load.levels[i];
    const found = factsOf(i);
    const starts = new Set<string>();
    for (const rows of reached) for (const r of rows) if (r.other.label === level.label) starts.add(r.other.props.id as string);
    reached = [...starts].map((id) => {
      const rows = found.get(id) ?? [];
      prime(id, level, rows);
      return rows;
    });
  }
  const roots = row.roots.map(([id, label, props]) => ({ id, label, props: propertyMap(props, load.roots ?? null) }));
  return { first, roots };
}
