// Curation: deletes one entity and every relationship it has, saying how many went with it.
MATCH (n) WHERE elementId(n) = $elementId
OPTIONAL MATCH (n)-[r]-()
WITH n, count(r) AS relationships
DETACH DELETE n
RETURN relationships
