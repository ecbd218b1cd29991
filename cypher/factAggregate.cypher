// Counts and aggregates over the facts of one relationship type (factsAggregate): e.g. the box office of RELEASED_IN
// facts, filtered on the fact ({{fact}}), on the node it starts from ({{from}}) and the node it ends at ({{to}}), and
// optionally grouped. A template: src/graph/statements/aggregates.ts writes the type and labels in from the model
// and the tests as cypher/entityFilter.cypher reads them (values as parameters); an end asked for by id is written
// `b.id = $toId`, reached through the unique index. {{group}}, {{key}} and {{node}}: no grouping, a property of the
// fact ($groupProperty), the start or end node, or the node at the other end of a relationship of the start node.
MATCH (a{{fromLabel}})-[n:{{type}}]->(b{{toLabel}})
WHERE {{from}} AND {{fact}} AND {{to}}
{{group}}
WITH {{key}} AS key, {{node}} AS node, collect(DISTINCT n) AS members
{{> aggregateValues}}
