// Table 1: how one source region's place in Hong Kong's film and TV-related imports moved across the
// years $from to $to (years it is outside the top five are absent: the table does not give them).
// Each row carries only the properties the query reads: $flowProperties of the flow, $regionProperties of the
// partner (null for all of them; names travel as parameters, never as text).
MATCH (:Region {id: $importerId})-[f:IMPORTED_FROM]->(partner:Region {id: $regionId})
WHERE ($from IS NULL OR f.year >= $from) AND ($to IS NULL OR f.year <= $to)
RETURN CASE WHEN $flowProperties IS NULL THEN properties(f) ELSE [name IN $flowProperties | f[name]] END AS flow,
       CASE WHEN $regionProperties IS NULL THEN properties(partner) ELSE [name IN $regionProperties | partner[name]] END AS region
ORDER BY f.year
