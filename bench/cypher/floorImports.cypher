// Floor for the yearly series of import shares: every year's flow from $regionId into $importerId.
MATCH (:Region {id: $importerId})-[f:IMPORTED_FROM]->(partner:Region {id: $regionId})
RETURN f.year AS year, f.rank AS rank, f.value AS value, f.sharePct AS sharePct, f.locator AS locator,
       partner {.id, .name} AS region
ORDER BY year, rank
