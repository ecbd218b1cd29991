// A fragment, not a statement, of searchEntities: the index's best $scanLimit hits for each tier of a
// list `tiers` ({query, rank}), as `fullTiers` (the ranks of the tiers whose reading was cut at $scanLimit)
// and `found` (one [rank, [[node, score], ...]] per tier).
UNWIND tiers AS tier
CALL (tier) {
  CALL db.index.fulltext.queryNodes('entity_search', tier.query, {limit: toInteger($scanLimit)}) YIELD node, score
  RETURN collect([node, score]) AS hits
}
RETURN collect(CASE WHEN size(hits) >= $scanLimit THEN tier.rank END) AS fullTiers, collect([tier.rank, hits]) AS found
