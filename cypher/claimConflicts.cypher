// The facts whose claims disagree, of two kinds (docs/model.md, "Claims"):
// - values: per fact and property, the claims that state it, when they hold more than one distinct value
//   (per fact, property and source when $kind is WITHIN_SOURCE, so that a source's disagreement with itself shows
//   even where other sources state the same fact);
// - noted contradictions: the claims that share a `contradiction`, each quoting its `statement` (one source against
//   itself in words, not values: the paper's "peak" against Table 1's figures), listed whole when one of them matches.
// Optionally only claims about one entity ($about: an entity id, through ABOUT), of one fact type ($factType), from
// some sources ($sources), or of one kind ($kind: BETWEEN_SOURCES, more than one source; WITHIN_SOURCE, one).
// `difference` is the largest value less the smallest, for numbers. Claims are few beside the facts (one in several
// thousand at 100x), so reading them all is the plan.
CALL {
  MATCH (c:Claim)
  WHERE ($factType IS NULL OR c.factType = $factType)
    AND ($sources IS NULL OR c.source IN $sources)
    AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $about })
  UNWIND c.claimed AS property
  WITH c.factId AS factId, c.factType AS factType, property, CASE WHEN $kind = 'WITHIN_SOURCE' THEN c.source END AS within, c
  ORDER BY coalesce(c.preferred, false) DESC, c.source, c.locator
  WITH factId, factType, property, within, collect(properties(c)) AS claims
  WITH factId, factType, property, claims,
    reduce(seen = [], v IN [x IN claims | x[property]] | CASE WHEN v IN seen THEN seen ELSE seen + [v] END) AS distinctValues
  WHERE size(distinctValues) > 1
  RETURN factId, factType, property, claims, distinctValues, null AS contradiction
  UNION ALL
  MATCH (c:Claim)
  WHERE c.contradiction IS NOT NULL
    AND ($factType IS NULL OR c.factType = $factType)
    AND ($sources IS NULL OR c.source IN $sources)
    AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $about })
  WITH DISTINCT c.contradiction AS contradiction
  MATCH (d:Claim {contradiction: contradiction})
  WITH contradiction, d
  ORDER BY d.locator, d.factId
  WITH contradiction, collect(properties(d)) AS claims
  RETURN claims[0].factId AS factId, claims[0].factType AS factType, null AS property, claims, [] AS distinctValues, contradiction
}
WITH factId, factType, property, claims, distinctValues, contradiction,
  reduce(ids = [], x IN claims | CASE WHEN x.factId IN ids THEN ids ELSE ids + x.factId END) AS factIds,
  CASE WHEN size(reduce(s = [], x IN claims | CASE WHEN x.source IN s THEN s ELSE s + x.source END)) = 1
    THEN 'WITHIN_SOURCE' ELSE 'BETWEEN_SOURCES' END AS kind
WHERE $kind IS NULL OR kind = $kind
CALL {
  WITH factIds
  UNWIND factIds AS fact
  OPTIONAL MATCH (:Claim {factId: fact})-[:ABOUT]->(x)
  RETURN collect(DISTINCT x.id) AS about
}
RETURN kind, factId, factIds, factType, property, contradiction, claims, about,
  CASE WHEN size(distinctValues) > 1 AND all(v IN distinctValues WHERE v IS :: INTEGER | FLOAT)
    THEN reduce(m = distinctValues[0], v IN distinctValues | CASE WHEN v > m THEN v ELSE m END)
       - reduce(m = distinctValues[0], v IN distinctValues | CASE WHEN v < m THEN v ELSE m END)
  END AS difference
ORDER BY factType, factId, property, contradiction
