// Curation: sets and removes facts on one relationship.
MATCH ()-[r]->() WHERE elementId(r) = $elementId
SET r += $set
FOREACH (key IN $remove | SET r[key] = null)
RETURN r.id AS id, properties(r) AS props
