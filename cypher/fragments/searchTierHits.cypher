// A fragment, not a statement, of searchEntities: the index's best $scanLimit hits for each tier of a
// list `tiers` ({query, rank}), as `fullTiers` (the ranks of the tiers whose reading was cut at $scanLimit)
// and `found` (one [rank, [[node, score], ...]] per tier, of those hits only the asked $labels' (all when
// empty): each hit's label is read here once, and nowhere after).
UNWIND tiers AS tier
CALL (tier) {
  CALL db.index.fulltext.queryNodes('entity_search', tier.query, {limit: toInteger($scanLimit)}) YIELD node, score
  RETURN count(*) AS scanned,
    collect(CASE WHEN size($labels) = 0 OR labels(node)[0] IN $labels THEN [node, score] END) AS hits
}
RETURN collect(CASE WHEN scanned >= $scanLimit THEN tier.rank END) AS fullTiers, collect([tier.rank, hits]) AS found
