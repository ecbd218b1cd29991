// The facts whose claims disagree: per fact and property, the claims that state it, when they hold more than one
// distinct value. Optionally only claims about one entity ($about: an entity id, through ABOUT), of one fact type
// ($factType) or from some sources ($sources). `difference` is the largest value less the smallest, for numbers.
// Claims are few beside the facts (one in several thousand at 100x), so reading them all is the plan.
MATCH (c:Claim)
WHERE ($factType IS NULL OR c.factType = $factType)
  AND ($sources IS NULL OR c.source IN $sources)
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $about })
UNWIND c.claimed AS property
WITH c.factId AS factId, c.factType AS factType, property, c
ORDER BY coalesce(c.preferred, false) DESC, c.source, c.locator
WITH factId, factType, property, collect(properties(c)) AS claims
WITH factId, factType, property, claims,
  reduce(seen = [], v IN [x IN claims | x[property]] | CASE WHEN v IN seen THEN seen ELSE seen + [v] END) AS distinctValues
WHERE size(distinctValues) > 1
OPTIONAL MATCH (:Claim {factId: factId})-[:ABOUT]->(x)
WITH factId, factType, property, claims, distinctValues, collect(DISTINCT x.id) AS about
RETURN factId, factType, property, claims, about,
  CASE WHEN all(v IN distinctValues WHERE v IS :: INTEGER | FLOAT)
    THEN reduce(m = distinctValues[0], v IN distinctValues | CASE WHEN v > m THEN v ELSE m END)
       - reduce(m = distinctValues[0], v IN distinctValues | CASE WHEN v < m THEN v ELSE m END)
  END AS difference
ORDER BY factType, factId, property
