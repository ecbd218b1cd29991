// Relationships of one core type at several nodes at once, for the relationship loader: the same as
// relationshipsOfNodes, but {{type}} is written into the pattern (from the model's fixed list of core
// types, see src/graph/queries.ts), so Neo4j expands only that type, even at hub nodes.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Region {id: key.id}) RETURN n
  UNION ALL MATCH (n:Work {id: key.id}) RETURN n
  UNION ALL MATCH (n:Studio {id: key.id}) RETURN n
  UNION ALL MATCH (n:Platform {id: key.id}) RETURN n
  UNION ALL MATCH (n:Person {id: key.id}) RETURN n
  UNION ALL MATCH (n:Policy {id: key.id}) RETURN n
  UNION ALL MATCH (n:Festival {id: key.id}) RETURN n
  UNION ALL MATCH (n:Source {id: key.id}) RETURN n
  UNION ALL MATCH (n:MarketYear {id: key.id}) RETURN n
  UNION ALL MATCH (n:Agreement {id: key.id}) RETURN n
}
MATCH (n)-[r:{{type}}]-(m)
WHERE CASE key.direction WHEN 'OUT' THEN startNode(r) = n ELSE endNode(r) = n END
RETURN key.id AS id, key.type AS type, key.direction AS direction, properties(r) AS props,
       labels(m)[0] AS otherLabel, properties(m) AS other
ORDER BY id, type, direction, r.year, r.rank, r.startDate, m.id
