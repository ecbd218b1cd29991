// Table 8 and its prose: where Hong Kong exported film and TV-related creative products in the years
// $from to $to, with value (HK$ thousands), share and rank where legible. `fromTable` tells a row of
// Table 8 from one the prose supplies where the table's block is missing.
// Each row carries only the properties the query reads (cypher/fragments/tradeFlowColumns.cypher).
MATCH (:Region {id: $exporterId})-[f:EXPORTED_TO]->(partner:Region)
WHERE ($from IS NULL OR f.year >= $from) AND ($to IS NULL OR f.year <= $to)
RETURN {{> tradeFlowColumns}}, f.locator STARTS WITH 'Table' AS fromTable
ORDER BY f.year, f.rank IS NULL, f.rank, partner.name
