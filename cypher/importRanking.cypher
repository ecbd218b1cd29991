// Table 1: the regions Hong Kong imported film and TV-related creative products from, in the years
// $from to $to, ranked within each year, with value (HK$ thousands) and share.
// Each row carries only the properties the query reads (cypher/fragments/tradeFlowColumns.cypher).
MATCH (:Region {id: $importerId})-[f:IMPORTED_FROM]->(partner:Region)
WHERE ($from IS NULL OR f.year >= $from) AND ($to IS NULL OR f.year <= $to)
RETURN {{> tradeFlowColumns}}
ORDER BY f.year, f.rank, partner.name
