// How two entities are connected: every shortest path between $fromId and $toId of at most
// $maxLength relationships, leaving out citations (CITED_IN) and Source nodes. Cypher cannot take
// the length bound as a parameter, so the search runs to 6 (the largest bound the API accepts) and
// longer shortest paths are dropped afterwards; filtering inside the search would make Neo4j fall
// back to enumerating every path.
CALL () {
  MATCH (n:Region {id: $fromId}) RETURN n
  UNION ALL MATCH (n:Work {id: $fromId}) RETURN n
  UNION ALL MATCH (n:Studio {id: $fromId}) RETURN n
  UNION ALL MATCH (n:Platform {id: $fromId}) RETURN n
  UNION ALL MATCH (n:Person {id: $fromId}) RETURN n
  UNION ALL MATCH (n:Policy {id: $fromId}) RETURN n
  UNION ALL MATCH (n:Festival {id: $fromId}) RETURN n
  UNION ALL MATCH (n:MarketYear {id: $fromId}) RETURN n
  UNION ALL MATCH (n:Agreement {id: $fromId}) RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Region {id: $toId}) RETURN n
  UNION ALL MATCH (n:Work {id: $toId}) RETURN n
  UNION ALL MATCH (n:Studio {id: $toId}) RETURN n
  UNION ALL MATCH (n:Platform {id: $toId}) RETURN n
  UNION ALL MATCH (n:Person {id: $toId}) RETURN n
  UNION ALL MATCH (n:Policy {id: $toId}) RETURN n
  UNION ALL MATCH (n:Festival {id: $toId}) RETURN n
  UNION ALL MATCH (n:MarketYear {id: $toId}) RETURN n
  UNION ALL MATCH (n:Agreement {id: $toId}) RETURN n
}
WITH a, n AS b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'CITED_IN') AND none(x IN nodes(p) WHERE x:Source)
WITH p
WHERE length(p) <= $maxLength
RETURN [i IN range(0, length(p) - 1) | {
  from: {label: labels(nodes(p)[i])[0], props: properties(nodes(p)[i])},
  to: {label: labels(nodes(p)[i + 1])[0], props: properties(nodes(p)[i + 1])},
  type: type(relationships(p)[i]),
  forward: startNode(relationships(p)[i]) = nodes(p)[i],
  props: properties(relationships(p)[i])
}] AS steps
