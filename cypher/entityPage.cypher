// A page of one label's entities, filtered and sorted, for the list fields (works, regions, ...). The
// catalog fills the {{…}} slots from fixed lists (src/graph/entityPage.ts), never from a request:
// - {{label}}: one entity label, so Neo4j reads that label, not every node;
// - {{seek}}: the filter's tests on indexed properties, e.g. `n.year >= $seek[1]`, so Neo4j reaches
//   the matches through an index (the values always arrive as parameters);
// - {{rest}}: the rest of the filter, read as data from $anyOf (cypher/entityFilter.cypher), or `true`;
// - {{order}}: the sort, by a property named in the schema's indexes, or read from $sortField;
// - {{hint}} and {{sortPresent}}: when the page is read in the sort property's index order, stopping
//   after $offset + $limit matches (only for a property every entity has: one without it would drop
//   out of the scan); otherwise empty and `true`.
MATCH (n:{{label}}) {{hint}} WHERE {{sortPresent}} AND {{seek}} AND {{rest}}
WITH n ORDER BY {{order}} SKIP toInteger($offset) LIMIT toInteger($limit)
RETURN '{{label}}' AS label, properties(n) AS props
