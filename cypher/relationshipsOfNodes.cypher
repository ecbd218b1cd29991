// Relationships of several nodes at once, for the relationship loader. Each key names a node, a
// relationship type and a direction (OUT, IN); the other end comes back whole, so no second trip is needed.
// The keys arrive sorted by their label, as cypher/nodesOfKeysByLabel.cypher takes them.
{{> nodesOfKeysByLabel}}
MATCH (n)-[r]-(m)
WHERE type(r) = key.type
  AND CASE key.direction WHEN 'OUT' THEN startNode(r) = n ELSE endNode(r) = n END
RETURN key.id AS id, key.type AS type, key.direction AS direction, properties(r) AS props,
       labels(m)[0] AS otherLabel, properties(m) AS other
ORDER BY id, type, direction, r.year, r.rank, r.startDate, m.id
