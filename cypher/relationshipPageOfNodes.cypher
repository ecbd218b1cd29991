// One page of a node's neighbours through one relationship type and direction, for Node.relationshipPage:
// the graph view draws a group of a hub's relationships a page at a time. {{pattern}} is the type and
// direction, e.g. -[r:IMPORTED_FROM]->, written from the model's fixed list
// (src/graph/statements/relationshipPage.ts), so Neo4j expands only that group of the node's relationships.
// Each key ({id, key, after, fromYear, toYear}) names the node, the neighbour id the page starts after
// (null: from the start) and the years its relationships are narrowed to (null: open). Neighbours come in
// order of id, $limit of them (a page and one more, which says whether there is more), each with all its
// relationships of the group in order of year, rank and start date (then its id, so that ties come the same
// way every time).
//
// A page is read one of two ways, per key. {{walksByKeyLabel}} is cypher/fragments/relationshipPageWalksOfLabel.cypher
// once per label of the keys: for a hub it walks the id index of each label the model lets the group reach
// (cypher/fragments/relationshipPageWalk.cypher), from `after` in order, testing each candidate for a relationship
// to the node, and stops at $limit neighbours; `complete` says whether those walks gave the page. Otherwise
// (a small group, or a walk that gave up after $walkBudget candidates) the group is expanded here, as
// every relationship of it, and its neighbours sorted by id. The way not taken reads nothing: the walk's
// index bound is null, the expansion's UNWIND empty.
CALL () {
{{walksByKeyLabel}}
}
CALL (key, n, complete) {
  UNWIND CASE WHEN complete THEN [] ELSE [true] END AS expands
  MATCH (n){{pattern}}(m)
  WHERE (key.after IS NULL OR m.id > key.after)
    AND (key.fromYear IS NULL OR r.year >= key.fromYear)
    AND (key.toYear IS NULL OR r.year <= key.toYear)
  WITH DISTINCT m
  ORDER BY m.id
  LIMIT toInteger($limit)
  RETURN collect(m) AS expanded
}
CALL (key, n, walked, complete, expanded) {
  UNWIND CASE WHEN complete THEN walked ELSE expanded END AS m
  WITH m
  ORDER BY m.id
  LIMIT toInteger($limit)
  CALL (key, n, m) {
    MATCH (n){{pattern}}(m)
    WHERE (key.fromYear IS NULL OR r.year >= key.fromYear)
      AND (key.toYear IS NULL OR r.year <= key.toYear)
    WITH r
    ORDER BY r.year, r.rank, r.startDate, r.id
    RETURN collect(properties(r)) AS facts
  }
  RETURN collect([labels(m)[0], properties(m), facts]) AS neighbours
}
RETURN key.key AS key, neighbours
