// Every relationship of several nodes at once, whatever its type, for Node.relationships (the graph view
// draws a node's neighbourhood from it). Each key names a node and a direction: OUT, IN, or null for both.
// The node at the other end comes back whole, so no second trip is needed.
// The keys arrive sorted by the label their id's prefix names ($byLabel.Work = [...]): one index seek each.
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
MATCH (n)-[r]-(m)
WITH key, r, m, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
WHERE key.direction IS NULL OR direction = key.direction
RETURN key.id AS id, key.direction AS asked, type(r) AS type, direction, properties(r) AS props,
       labels(m)[0] AS otherLabel, properties(m) AS other
ORDER BY id, type, direction, r.year, r.rank, r.startDate, m.id
