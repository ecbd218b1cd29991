// Table 1: how one source region's place in Hong Kong's film and TV-related imports moved across the
// years $from to $to (years it is outside the top five are absent: the table does not give them).
// Each row carries only the properties the query reads (cypher/fragments/tradeFlowColumns.cypher).
MATCH (:Region {id: $importerId})-[f:IMPORTED_FROM]->(partner:Region {id: $regionId})
WHERE ($from IS NULL OR f.year >= $from) AND ($to IS NULL OR f.year <= $to)
RETURN {{> tradeFlowColumns}}
ORDER BY f.year
