// Table 6: dramas a platform aired in prime time (AIRED_ON with primeTime), optionally only in $year
// and only works that originate from $originRegionId, with their TV ratings.
MATCH (platform:Platform {id: $platformId})<-[a:AIRED_ON]-(w:Work)
WHERE a.primeTime = true
  AND ($year IS NULL OR a.year = $year)
  AND ($originRegionId IS NULL OR EXISTS { (w)-[:ORIGINATES_FROM]->(:Region {id: $originRegionId}) })
RETURN properties(a) AS fact, properties(w) AS work, properties(platform) AS platform
ORDER BY a.year, a.rating DESC, w.title
