// One page of a node's neighbours through one relationship type and direction, for Node.relationshipPage:
// the graph view draws a group of a hub's relationships a page at a time. {{pattern}} is the type and
// direction, e.g. -[r:IMPORTED_FROM]->, written from the model's fixed list
// (src/graph/statements/relationshipPage.ts), so Neo4j expands only that group of the node's relationships.
// Each key ({id, key, after, fromYear, toYear}) names the node, the neighbour id the page starts after
// (null: from the start) and the years its relationships are narrowed to (null: open). Neighbours come in
// order of id, $limit of them (a page and one more, which says whether there is more), each with all its
// relationships of the group in order of year, rank and start date.
{{> nodesOfKeysByLabel}}
CALL (key, n) {
  MATCH (n){{pattern}}(m)
  WHERE (key.after IS NULL OR m.id > key.after)
    AND (key.fromYear IS NULL OR r.year >= key.fromYear)
    AND (key.toYear IS NULL OR r.year <= key.toYear)
  WITH m, r
  ORDER BY m.id, r.year, r.rank, r.startDate
  WITH m, collect(properties(r)) AS facts
  ORDER BY m.id
  LIMIT toInteger($limit)
  RETURN collect([labels(m)[0], properties(m), facts]) AS neighbours
}
RETURN key.key AS key, neighbours
