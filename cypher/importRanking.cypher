// Table 1: the regions Hong Kong imported film and TV-related creative products from, in the years
// $from to $to, ranked within each year, with value (HK$ thousands) and share.
MATCH (:Region {id: $importerId})-[f:IMPORTED_FROM]->(partner:Region)
WHERE ($from IS NULL OR f.year >= $from) AND ($to IS NULL OR f.year <= $to)
RETURN properties(f) AS flow, properties(partner) AS region
ORDER BY f.year, f.rank, partner.name
