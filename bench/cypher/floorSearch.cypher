// Floor for full-text search: the best $first hits of the entity_names index for $text, works only.
CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: toInteger($first)}) YIELD node, score
WHERE node:Work
RETURN node.id AS id, node.title AS title, score
ORDER BY score DESC, id
