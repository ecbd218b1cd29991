// Full-text search over names, titles and aliases in English and Chinese (index entity_names, CJK analyzer),
// best matches first. $query is a Lucene query built from the user's words with every special character escaped.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
WHERE size($labels) = 0 OR labels(node)[0] IN $labels
RETURN labels(node)[0] AS label, properties(node) AS props, score
ORDER BY score DESC, node.id
