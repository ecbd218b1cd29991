// Table 1: the regions Hong Kong imported film and TV-related creative products from, in the years
// $from to $to, ranked within each year, with value (HK$ thousands) and share.
// Each row carries only the properties the query reads: $flowProperties of the flow, $regionProperties of the
// partner (null for all of them; names travel as parameters, never as text).
MATCH (:Region {id: $importerId})-[f:IMPORTED_FROM]->(partner:Region)
WHERE ($from IS NULL OR f.year >= $from) AND ($to IS NULL OR f.year <= $to)
RETURN CASE WHEN $flowProperties IS NULL THEN properties(f) ELSE [name IN $flowProperties | f[name]] END AS flow,
       CASE WHEN $regionProperties IS NULL THEN properties(partner) ELSE [name IN $regionProperties | partner[name]] END AS region
ORDER BY f.year, f.rank, partner.name
