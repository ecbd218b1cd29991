// How two entities are connected: every shortest path between $fromId and $toId of at most
// {{length}} relationships, leaving out citations (CITED_IN), claims (ABOUT) and Source nodes. Cypher cannot take the
// length bound as a parameter, so the catalog writes it in (`shortestPathsBetween@4`, from the fixed
// range 1 to 6 the API accepts): a search with no short path then stops at the asked length instead
// of walking on to 6. Filtering inside the search would make Neo4j fall back to enumerating every path.
// A path comes back as its nodes, each once as [label, properties], and its steps as [type, forward,
// properties], step i leading from node i to node i + 1 (forward when the relationship points that way).
// Both carry only the properties the query reads: $nodeProperties of the entities, $factProperties of the
// relationships (lists of names, values returned in that order; null for every property, as a map;
// src/graph/projection.ts). At most $limit paths come back: parallel relationships multiply them (22 Japan-Hong Kong
// and 25 Hong Kong-Mainland facts make 550 paths of two steps), and the caller refuses an answer over its bound.
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
MATCH p = allShortestPaths((a)-[*..{{length}}]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN ['CITED_IN', 'ABOUT']) AND none(x IN nodes(p) WHERE x:Source)
WITH nodes(p) AS ns, relationships(p) AS rs
LIMIT toInteger($limit)
RETURN [n IN ns | [labels(n)[0],
         {{projected n $nodeProperties}}]] AS nodes,
       [i IN range(0, size(rs) - 1) | [type(rs[i]), startNode(rs[i]) = ns[i],
         {{projected rs[i] $factProperties}}]] AS steps
