// Counts and aggregates over the entities of a filtered list (the lists' `…Aggregate` fields), optionally grouped. A
// template: src/graph/statements/aggregates.ts fills the slots from the name alone, from the model's fixed lists:
// - {{matches}}: the list's entities that pass its filter, each once, as cypher/entityPage.cypher has them (a MATCH
//   on the list's label, or from the far end of a relationship filter that names it by id);
// - {{group}}, {{key}}, {{node}}: no grouping (`null`), a property read as data ($groupProperty), or the node at the
//   other end of a relationship type (an OPTIONAL MATCH: entities without one form the group of node null; an entity
//   with two such nodes counts in both groups).
{{matches}}
{{group}}
WITH {{key}} AS key, {{node}} AS node, collect(DISTINCT n) AS members
{{> aggregateValues}}
