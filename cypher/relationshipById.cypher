// Curation: a relationship by its stable id (type|from|to|key), from its start node.
MATCH (a)-[r]->() WHERE elementId(a) = $fromElementId AND r.id = $id
RETURN elementId(r) AS elementId, properties(r) AS props
