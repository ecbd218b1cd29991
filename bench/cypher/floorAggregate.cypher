// Floor for the aggregate over facts: the RELEASED_IN facts of $year in $regionId of works from $originId, counted,
// and their box office summed. From the region's unique index along its facts, the origin tested per work.
MATCH (:Region {id: $regionId})<-[r:RELEASED_IN]-(w:Work)
WHERE r.year = $year AND EXISTS { (w)-[:ORIGINATES_FROM]->(:Region {id: $originId}) }
RETURN count(r) AS count, CASE WHEN count(r.boxOfficeHKD) > 0 THEN sum(r.boxOfficeHKD) END AS boxOfficeHKD
