// Films of the region $originRegionId released in other markets (FILMS_SHOWN_IN) in $year: number
// of films, co-productions among them and box office in the currency the paper prints.
MATCH (:Region {id: $originRegionId})-[f:FILMS_SHOWN_IN]->(market:Region)
WHERE f.year = $year
RETURN properties(f) AS fact, properties(market) AS market
ORDER BY f.films DESC, market.name
