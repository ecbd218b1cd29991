// Floor for full-text search: the best $first works among the entity_names index's best $scan hits for
// $text, ties in id order. $scan is what ours reads first when it filters by type (TYPED_SEARCH_SCAN x
// first), so both answer from the same hits; with the index's limit at $first, as this floor had it, the
// works among the best 20 hits were counted, fewer than 20 whenever other types ranked among them.
CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: toInteger($scan)}) YIELD node, score
WHERE node:Work
WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
RETURN node.id AS id, node.title AS title, score
