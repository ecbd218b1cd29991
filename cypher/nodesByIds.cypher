// Nodes by id, for the node loader: one index seek per label, so any id resolves whatever its type.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Region {id: id}) RETURN n
  UNION ALL MATCH (n:Work {id: id}) RETURN n
  UNION ALL MATCH (n:Studio {id: id}) RETURN n
  UNION ALL MATCH (n:Platform {id: id}) RETURN n
  UNION ALL MATCH (n:Person {id: id}) RETURN n
  UNION ALL MATCH (n:Policy {id: id}) RETURN n
  UNION ALL MATCH (n:Festival {id: id}) RETURN n
  UNION ALL MATCH (n:Source {id: id}) RETURN n
  UNION ALL MATCH (n:MarketYear {id: id}) RETURN n
  UNION ALL MATCH (n:Agreement {id: id}) RETURN n
}
RETURN id, labels(n)[0] AS label, properties(n) AS props, elementId(n) AS elementId
