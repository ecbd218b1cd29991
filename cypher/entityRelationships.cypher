// Curation: every relationship of one entity, as the history keeps them when the entity is deleted
// (so a revert can bring them back).
MATCH (n) WHERE elementId(n) = $elementId
OPTIONAL MATCH (n)-[r]-()
WITH r WHERE r IS NOT NULL
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
ORDER BY type, r.id
