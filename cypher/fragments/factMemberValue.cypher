// A fragment, not a statement: a fact member's value of one property, its own (the preferred claim's), with the
// fact's source where it gives the value. Fills aggregateValues' {{memberValue}} for member `m` and property `prop`
// (src/graph/statements/aggregates.ts); cypher/fragments/valueFromSources.cypher fills it when `sources` is asked.
WITH prop, m[prop] AS v, CASE WHEN m[prop] IS NOT NULL THEN m.source END AS from
