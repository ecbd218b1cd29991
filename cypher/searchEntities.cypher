// Full-text search over names, titles and aliases in English and Chinese (index entity_names, CJK analyzer),
// best matches first. $query is a Lucene query built from the user's words with every special character escaped.
// The index's own limit applies before the type filter, so it reads $scanLimit hits and keeps $limit after
// filtering (the caller reads further when too few of them are of the asked types). Properties are read for
// the kept hits only.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $scanLimit}) YIELD node, score
WHERE size($labels) = 0 OR labels(node)[0] IN $labels
WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
RETURN labels(node)[0] AS label, properties(node) AS props, score
