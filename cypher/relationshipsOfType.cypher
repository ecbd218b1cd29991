// Relationships of one core type at several nodes at once, for the relationship loader. {{type}} is
// written into the pattern (from the model's fixed list of core types, see src/graph/statements/relationshipsOfType.ts), so
// Neo4j expands only that type, even at hub nodes. The keys ({id, type, direction}) arrive sorted by
// their label (cypher/fragments/nodesOfKeysByLabel.cypher); an UNWIND over an empty list runs nothing, so only the
// asked direction is expanded. The loader puts the facts in order (src/graph/loaders.ts), which spares
// Neo4j sorting them. One row per key, its facts collected as [relationship, label, other end], each
// end with only the properties the query reads ($factProperties, $nodeProperties: lists of names, or
// null for all; src/graph/projection.ts): a nested answer's rows were mostly repeated key columns and
// properties no one asked for. {{outgoing}} and {{incoming}}: `(n)-[r:TYPE]->(m) RETURN r, m` (and its mirror);
// for a fact list's filter (relationshipsOfType@TYPE?filter=…, src/graph/statements/relationshipsOfType.ts), the
// asked direction's pattern with the filter's tests (cypher/fragments/entityFilter.cypher, values read from key.filter).
{{> nodesOfKeysByLabel}}
CALL (key, n) {
  UNWIND CASE key.direction WHEN 'OUT' THEN [true] ELSE [] END AS outgoing
  MATCH {{outgoing}}
  UNION ALL
  UNWIND CASE key.direction WHEN 'IN' THEN [true] ELSE [] END AS incoming
  MATCH {{incoming}}
}
{{> projectedFacts}}
