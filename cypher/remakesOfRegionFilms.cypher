// Films from the region $originRegionId that were remade (REMADE_AS), each pair with the remake's
// year and the regions the remake comes from.
MATCH (:Region {id: $originRegionId})<-[:ORIGINATES_FROM]-(original:Work)-[r:REMADE_AS]->(remake:Work)
CALL (remake) {
  OPTIONAL MATCH (remake)-[o:ORIGINATES_FROM]->(region:Region)
  RETURN collect(CASE WHEN region IS NOT NULL THEN {region: properties(region), fact: properties(o)} END) AS remakeOrigins
}
RETURN properties(r) AS fact, properties(original) AS original, properties(remake) AS remake, remakeOrigins
ORDER BY coalesce(r.year, remake.year), original.title
