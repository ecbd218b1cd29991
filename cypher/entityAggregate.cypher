// Counts and aggregates over the entities of a filtered list (the lists' `…Aggregate` fields), optionally grouped. A
// template: src/graph/statements/aggregates.ts fills the slots from the name alone, from the model's fixed lists:
// - {{label}}: the list's label; {{seek}} and {{rest}}: the filter, as cypher/entityPage.cypher has them;
// - {{group}}, {{key}}, {{node}}: no grouping (`null`), a property read as data ($groupProperty), or the node at the
//   other end of a relationship type (an OPTIONAL MATCH: entities without one form the group of node null; an entity
//   with two such nodes counts in both groups).
MATCH (n:{{label}}) WHERE {{seek}} AND {{rest}}
{{group}}
WITH {{key}} AS key, {{node}} AS node, collect(DISTINCT n) AS members
{{> aggregateValues}}
