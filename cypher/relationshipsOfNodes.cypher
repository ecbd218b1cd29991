// Relationships of several nodes at once, for the relationship loader. Each key names a node, a
// relationship type and a direction (OUT, IN); the other end comes back too, so no second trip is needed.
// The keys arrive sorted by their label, as cypher/fragments/nodesOfKeysByLabel.cypher takes them. One row per key,
// as in cypher/relationshipsOfType.cypher, which this statement stands in for at types without their own.
{{> nodesOfKeysByLabel}}
MATCH (n)-[r]-(m)
WHERE type(r) = key.type
  AND CASE key.direction WHEN 'OUT' THEN startNode(r) = n ELSE endNode(r) = n END
{{> projectedFacts}}
