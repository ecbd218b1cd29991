// Floor for the shortest path: every shortest path of at most 4 relationships from a person to a
// platform, leaving out citations and sources, each step as type, direction and the ids at its ends.
MATCH (a:Person {id: $fromId}), (b:Platform {id: $toId})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'CITED_IN') AND none(x IN nodes(p) WHERE x:Source)
RETURN [i IN range(0, length(p) - 1) | {
  type: type(relationships(p)[i]), forward: startNode(relationships(p)[i]) = nodes(p)[i],
  from: nodes(p)[i].id, to: nodes(p)[i + 1].id
}] AS steps
