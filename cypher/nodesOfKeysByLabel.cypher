// A fragment, not a statement, that cypher/relationshipsOfType, relationshipsOfNodes and
// neighbourhoodOfNodes include where they write {{> nodesOfKeysByLabel}}: rows of each key and its node,
// for keys ({id, ...}) that arrive sorted by the label their id's prefix names ($byLabel.Work = [...],
// src/graph/entity.ts). Each key costs one unique-index seek; an UNWIND over a missing or empty list
// runs nothing.
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
