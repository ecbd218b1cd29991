// Counts and aggregates over the facts of one relationship type (factsAggregate): e.g. the box office of RELEASED_IN
// facts, filtered on the fact ({{fact}}), on the node it starts from ({{from}}) and the node it ends at ({{to}}), and
// optionally grouped. A template: src/graph/statements/aggregates.ts writes in the facts' pattern ({{facts}},
// (a)-[n:TYPE]->(b) with the type, and each end's label when the model gives that end one) and the tests as cypher/fragments/entityFilter.cypher reads them (values as parameters); an end asked for by id is written
// `b.id = $toId`, reached through the unique index. {{through}}: the ends' relationship filters (subqueries that
// follow an end's relationships), after `WITH DISTINCT a, n, b` (a no-op, each fact is one row) so that they run
// only for the facts the cheaper tests keep: in one WHERE, Neo4j 5.26 plans them first (at 100x it followed the
// ORIGINATES_FROM of all 21,446 works released in Hong Kong, not of the 898 released there in 2022); empty when
// there are none. {{group}}, {{key}} and {{node}}: no grouping, a property of the fact ($groupProperty), the start
// or end node, or the node at the other end of a relationship of the start node.
MATCH {{facts}}
WHERE {{from}} AND {{fact}} AND {{to}}
{{through}}
{{group}}
WITH {{key}} AS key, {{node}} AS node, collect(DISTINCT n) AS members
{{> aggregateValues}}
