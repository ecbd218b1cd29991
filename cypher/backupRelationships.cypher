// Backup: every relationship with its type, the ids of its two ends, its properties and each property's Cypher type.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
       [key IN keys(r) | [key, valueType(r[key])]] AS types
ORDER BY type, from, to, r.id
