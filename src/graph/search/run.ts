/**
 * A search through the entity_search index: the tiers of the text (plan.ts) in one statement
 * (cypher/searchEntities.cypher), each hit with the name it matched and how (explain.ts).
 */
import type { Graph } from '../graph';
import { Entity, toEntity } from '../entity';
import { propertyMap, PropertyNames } from '../projection';
import { explain, Match } from './explain';
import { MATCH_KINDS, MatchKind, PREFIX_RANK, searchParams } from './plan';

export interface SearchHitData {
  score: number;
  node: Entity;
  /** How the text matched: the hit's tier. */
  kind: MatchKind;
  /** Which of its names matched, and in which form: only for a search asked to explain its hits. */
  match?: Match;
}

/** How many index hits a tier reads at most before the type filter. */
const SEARCH_SCAN_MAX = 1000;
/** With a type filter, each tier first reads this many times the hits kept. */
export const TYPED_SEARCH_SCAN = 5;

type Kept = [string, unknown, number, number, Record<string, unknown> | null];

/** The Lucene query of each tier of a search for `text`, best first. */
export const tierQueries = (text: string): string[] => {
  const { tiers, laterTiers, typoTiers } = searchParams(text);
  return [...tiers, ...laterTiers, ...typoTiers].map((t) => t.query);
};

export { searchParams };

/**
 * Whether a tier's reading was cut while fewer than `limit` hits of the asked types rank at or above
 * the worst rank a hit beyond the cut could take (its tier's, or a part's for a Chinese text): then such
 * a hit could outrank what was kept.
 */
function mayHideHits(fullTiers: number[], kept: Kept[], limit: number, chinese: boolean): boolean {
  return fullTiers.some((rank) => kept.filter(([, , , r]) => r <= (chinese ? Math.max(rank, PREFIX_RANK) : rank)).length < limit);
}

/**
 * The best `limit` hits of the asked `labels` for `text`. Which name each hit matched (explain.ts) is
 * worked out only when `explained` (the query selects matchedName or matchedForm): it reads every name
 * of every hit and costs this process more per hit (tens to hundreds of microseconds, typo distances
 * included) than planning the whole search.
 */
export async function searchEntities(
  graph: Graph,
  text: string,
  labels: string[],
  limit: number,
  properties: PropertyNames,
  explained = true,
): Promise<SearchHitData[]> {
  const params = searchParams(text, explained);
  const read = async (scanLimit: number) =>
    (await graph.read('searchEntities', { ...params, labels, limit, scanLimit, properties }))[0] as { fullTiers: number[]; kept: Kept[] };
  const firstScan = labels.length > 0 ? limit * TYPED_SEARCH_SCAN : limit;
  let found = await read(firstScan);
  if (firstScan < SEARCH_SCAN_MAX && mayHideHits(found.fullTiers, found.kept, limit, params.whole.length > 0))
    found = await read(SEARCH_SCAN_MAX);
  return found.kept.map(([label, props, score, rank, names]) => ({
    score,
    node: toEntity({ label, props: propertyMap(props, properties) }),
    kind: MATCH_KINDS[rank],
    ...(names ? { match: explain(MATCH_KINDS[rank], text, names) } : {}),
  }));
}

export { MATCH_KINDS };
