// Floor for full-text search: the same work as ours on the same index (entity_search). $tiers and $whole
// are ours (src/graph/search/plan.ts): one Lucene query per tier with its rank, best first, and a Chinese
// text's whole forms, which keep a Chinese text EXACT or OTHER_SCRIPT only as a whole name (else rank 4, a
// part). Each tier reads the index's best $scan hits, $scan being what ours reads first when it filters by
// type (TYPED_SEARCH_SCAN x first). Of the works found, each at its best rank, the best $first by rank,
// then score, ties in id order.
// The later tiers ($laterTiers) rank below every hit of the first, so they are read only when the first
// leave fewer than $first works, as ours does; the typo tier ($typoTiers) only when those still leave too few
// and no work matched a tier ranked above $prefixRank (the text as typed), as ours.
CALL () {
  UNWIND $tiers AS tier
  CALL db.index.fulltext.queryNodes('entity_search', tier.query, {limit: toInteger($scan)}) YIELD node, score
  WITH node, tier.rank AS tierRank, score WHERE node:Work
  RETURN collect([node, tierRank, score]) AS first
}
CALL (first) {
  UNWIND first AS hit
  RETURN count(DISTINCT hit[0]) AS firstFound
}
CALL (firstFound) {
  UNWIND CASE WHEN firstFound < $first THEN $laterTiers ELSE [] END AS tier
  CALL db.index.fulltext.queryNodes('entity_search', tier.query, {limit: toInteger($scan)}) YIELD node, score
  WITH node, tier.rank AS tierRank, score WHERE node:Work
  RETURN collect([node, tierRank, score]) AS later
}
CALL (first, later, firstFound) {
  UNWIND CASE WHEN firstFound < $first THEN first + later ELSE [] END AS hit
  RETURN count(DISTINCT hit[0]) AS readFound, count(DISTINCT CASE WHEN hit[1] < $prefixRank THEN hit[0] END) AS asTyped
}
CALL (firstFound, readFound, asTyped) {
  UNWIND CASE WHEN firstFound < $first AND readFound < $first AND asTyped = 0 THEN $typoTiers ELSE [] END AS tier
  CALL db.index.fulltext.queryNodes('entity_search', tier.query, {limit: toInteger($scan)}) YIELD node, score
  WITH node, tier.rank AS tierRank, score WHERE node:Work
  RETURN collect([node, tierRank, score]) AS typos
}
UNWIND first + later + typos AS hit
WITH hit[0] AS node, hit[1] AS tierRank, hit[2] AS score
WITH node, score, CASE
    WHEN size($whole) = 0 OR tierRank > 1 THEN tierRank
    WHEN $whole[0] = node.searchWholeZh[0] THEN 0
    WHEN any(w IN $whole WHERE w IN coalesce(node.searchWholeZh, [])) THEN 1
    ELSE $prefixRank END AS rank
WITH node, rank, score ORDER BY rank, score DESC
WITH node, collect([rank, score])[0] AS best
RETURN node.id AS id, node.title AS title, best[1] AS score
ORDER BY best[0], score DESC, id LIMIT toInteger($first)
