// Relationships of one core type at several nodes at once, for the relationship loader. {{type}} is
// written into the pattern (from the model's fixed list of core types, see src/graph/queries.ts), so
// Neo4j expands only that type, even at hub nodes. The keys ({id, type, direction}) arrive sorted by
// the label their id's prefix names ($byLabel.Work = [...]), so each node costs one index seek; an
// UNWIND over an empty list runs nothing, so only the asked direction is expanded. The loader puts
// the facts in order (src/graph/loaders.ts), which spares Neo4j reading the sort properties.
CALL () {
  UNWIND coalesce($byLabel.Region, []) AS key MATCH (n:Region {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Work, []) AS key MATCH (n:Work {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Studio, []) AS key MATCH (n:Studio {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Platform, []) AS key MATCH (n:Platform {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Person, []) AS key MATCH (n:Person {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Policy, []) AS key MATCH (n:Policy {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Festival, []) AS key MATCH (n:Festival {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Source, []) AS key MATCH (n:Source {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.MarketYear, []) AS key MATCH (n:MarketYear {id: key.id}) RETURN key, n
  UNION ALL UNWIND coalesce($byLabel.Agreement, []) AS key MATCH (n:Agreement {id: key.id}) RETURN key, n
}
CALL (key, n) {
  UNWIND CASE key.direction WHEN 'OUT' THEN [true] ELSE [] END AS outgoing
  MATCH (n)-[r:{{type}}]->(m) RETURN r, m
  UNION ALL
  UNWIND CASE key.direction WHEN 'IN' THEN [true] ELSE [] END AS incoming
  MATCH (n)<-[r:{{type}}]-(m) RETURN r, m
}
RETURN key.id AS id, key.type AS type, key.direction AS direction, properties(r) AS props,
       labels(m)[0] AS otherLabel, properties(m) AS other
