// Curation: sets and removes properties of one entity, found by the element id read earlier in the same transaction.
MATCH (n) WHERE elementId(n) = $elementId
SET n += $set
FOREACH (key IN $remove | SET n[key] = null)
RETURN n.id AS id, properties(n) AS props
