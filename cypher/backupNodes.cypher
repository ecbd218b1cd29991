// Backup: every node, the history's :Change and :ChangeLog included, with its labels, properties and each
// property's Cypher type (valueType), so that integers, floats and datetimes come back as they were.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props, [key IN keys(n) | [key, valueType(n[key])]] AS types
ORDER BY n.id
