// Export: every relationship with its type, the ids of its two ends, its properties (source and locator
// among them; CITED_IN included) and each property's Cypher type. With $label, only those touching a
// node that carries it.
MATCH (a)-[r]->(b)
WHERE $label IS NULL OR $label IN labels(a) OR $label IN labels(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
       [key IN keys(r) | [key, valueType(r[key])]] AS types
ORDER BY type, r.id, from, to
