// A fragment, not a statement: an entity member's value of one property, its own, from no source of its own.
// Fills aggregateValues' {{memberValue}} for member `m` and property `prop` (src/graph/statements/aggregates.ts).
WITH prop, m[prop] AS v, null AS from
