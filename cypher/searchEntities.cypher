// Full-text search over every form of every name (index entity_search): one Lucene query per tier in
// $tiers, then $laterTiers, then $typoTiers ({query, rank}), best first (exact words, other script, pinyin,
// jyutping, prefix, typo; rank is the kind's place in that order). The queries are built from the user's
// words with every special character escaped (src/graph/search/plan.ts). A Chinese text ($whole: it folded
// as typed, then in simplified script) is EXACT or OTHER_SCRIPT only as a whole name (searchWholeZh, printed
// form first); inside a longer name it ranks as a part, with the prefixes. Every hit of a later tier ranks
// below every hit of $tiers, so the later tiers are read only when $tiers leave fewer than $limit hits of the
// asked labels (a common word at scale reads one index query, not five); the typo tier only when those still
// leave too few and no hit of a tier ranked above $prefixRank (the text as typed, in a script or romanised)
// is of the asked labels. Each tier reads at most $scanLimit hits; a node found by several tiers counts in
// its best. Kept: the hits of the asked $labels (all when empty), by rank, score, then id; `fullTiers` gives
// the rank of each tier whose reading was cut at $scanLimit, so the caller reads further when a cut tier may
// hide better hits. Of each kept hit: its label, the properties in $properties (all when null), score, rank,
// and, when $names (the query asks which name matched), its names.
WITH $tiers AS tiers
CALL (tiers) {
  {{> searchTierHits}}
}
WITH fullTiers AS firstFull, found AS first
CALL (first) {
  UNWIND first AS found
  UNWIND found[1] AS hit
  RETURN count(DISTINCT hit[0]) AS firstFound
}
CALL (firstFound) {
  WITH CASE WHEN firstFound < $limit THEN $laterTiers ELSE [] END AS tiers
  {{> searchTierHits}}
}
WITH firstFull + fullTiers AS laterFull, first + found AS read, firstFound
CALL (read, firstFound) {
  UNWIND CASE WHEN firstFound < $limit AND size($typoTiers) > 0 THEN read ELSE [] END AS found
  UNWIND found[1] AS hit
  RETURN count(DISTINCT hit[0]) AS readFound, count(DISTINCT CASE WHEN found[0] < $prefixRank THEN hit[0] END) AS asTyped
}
CALL (firstFound, readFound, asTyped) {
  WITH CASE WHEN firstFound < $limit AND readFound < $limit AND asTyped = 0 THEN $typoTiers ELSE [] END AS tiers
  {{> searchTierHits}}
}
WITH laterFull + fullTiers AS fullTiers, read + found AS tiers
CALL (tiers) {
  UNWIND tiers AS found
  UNWIND found[1] AS hit
  WITH found[0] AS tierRank, hit[0] AS node, hit[1] AS score
  WITH node, score, CASE
      WHEN size($whole) = 0 OR tierRank > 1 THEN tierRank
      WHEN $whole[0] = node.searchWholeZh[0] THEN 0
      WHEN any(w IN $whole WHERE w IN coalesce(node.searchWholeZh, [])) THEN 1
      ELSE $prefixRank END AS rank
  WITH node, rank, score ORDER BY rank, score DESC
  WITH node, collect([rank, score])[0] AS best
  WITH node, best[0] AS rank, best[1] AS score ORDER BY rank, score DESC, node.id LIMIT toInteger($limit)
  RETURN collect([labels(node)[0],
    {{projected node $properties}}, score, rank,
    CASE WHEN $names THEN node {.title, .name, .aliases, .titleZh, .nameZh, .titleZhHans, .titleZhHant, .titleZhHK,
      .nameZhHans, .nameZhHant, .nameZhHK, .titleZhPinyin, .titleZhJyutping, .nameZhPinyin, .nameZhJyutping} END]) AS kept
}
RETURN fullTiers, kept
