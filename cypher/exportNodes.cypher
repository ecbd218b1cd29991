// Export: every node with its labels, properties and each property's Cypher type (valueType), so that
// integers and floats stay apart in the file. With $label, only the nodes carrying it and the nodes one
// relationship away from them (the other ends of the relationships exportRelationships returns).
MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog
AND ($label IS NULL OR $label IN labels(n) OR EXISTS { MATCH (n)--(m) WHERE $label IN labels(m) })
RETURN labels(n) AS labels, properties(n) AS props, [key IN keys(n) | [key, valueType(n[key])]] AS types
ORDER BY n.id
