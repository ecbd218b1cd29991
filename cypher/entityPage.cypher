// A page of one label's entities, filtered and sorted, with how many match in all (the list fields' nodes and
// totalCount), in one statement. Its statement module (src/graph/statements/entityPage.ts) fills the {{…}} slots
// from fixed lists, never from a request:
// - {{label}}: one entity label, so Neo4j reads that label, not every node;
// - {{seek}}: the filter's tests on indexed properties, e.g. `n.year >= $seek[1]`, so Neo4j reaches
//   the matches through an index (the values always arrive as parameters);
// - {{rest}}: the rest of the filter, read as data from $anyOf (cypher/fragments/entityFilter.cypher), or `true`;
// - {{matches}}: the entities that pass {{seek}} and {{rest}}, each once: `MATCH (n:{{label}}) WHERE {{seek}} AND
//   {{rest}}`, or, when a relationship filter names its other end by id, a MATCH starting at that end and walking
//   its relationships (src/graph/relationshipFilter.ts, levelMatch), so the count and the sort read only those;
// - {{order}}: the sort, by a property named in the schema's indexes, or read from $sortField;
// - {{walks}}, {{hint}} and {{walkFrom}}: whether and how the page may be read in the sort property's index
//   order, stopping after $offset + $limit matches (only for a property every entity has, a string: one without
//   it would drop out of the walk). The walk reads about ($offset + $limit) × labelSize / total entries, sorting
//   reads `total`, so the page walks when total² > ($offset + $limit) × labelSize. Otherwise `false`, empty
//   and `false`.
// Only one way of reading runs. The walk is switched off through its index bound (a null bound finds nothing),
// with a hint that it be a seek: as a filter, or on a scan, Neo4j would test it on every entry read. The sort
// is switched off by an empty UNWIND ahead of its match. Either way the plan keeps its index seeks and the
// walk its order. Of each entity on the page it returns the properties named in $properties (what the query
// selects, as a list of values in that order), or all of them when null.
CALL () { MATCH (n:{{label}}) RETURN count(n) AS labelSize }
CALL () { {{matches}} RETURN count(n) AS total }
WITH total, {{walks}} AS walks
CALL (walks) {
  MATCH (n:{{label}}) {{hint}} WHERE {{walkFrom}} AND {{seek}} AND {{rest}}
  WITH n ORDER BY {{order}} SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(n) AS walked
}
CALL (walks) {
  UNWIND CASE WHEN walks THEN [] ELSE [true] END AS sorts
  {{matches}}
  WITH n ORDER BY {{order}} SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(n) AS sorted
}
RETURN total, [n IN walked + sorted |
  {{projected n $properties}}] AS page
