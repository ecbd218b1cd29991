// A fragment, not a statement: an entity member's value of one property from the sources asked for ($sources, in
// order of preference), for the lists' `…Aggregate(sources:)` (src/graph/aggregate.ts): an entity's own figures (a
// MarketYear's) are facts like a relationship's, answered by cypher/fragments/valueFromSources.cypher. The entity's
// own statement of a property some claim states is its preferred claim; of a property no claim states, it is the
// first listed Source the entity cites (CITED_IN), as the seed cites an entity's figures. Fills aggregateValues'
// {{memberValue}} for member `m` and property `prop`.
CALL (m, prop) {
  OPTIONAL MATCH (m)-[:CITED_IN]->(cited:Source)
  WHERE cited.id IN $sources
  WITH collect(cited.id) AS cites
  RETURN CASE WHEN EXISTS { MATCH (c:Claim {factId: m.id}) WHERE c[prop] IS NOT NULL } THEN null
    ELSE head([src IN $sources WHERE src IN cites]) END AS ownSource
}
WITH prop, m{.*, source: ownSource} AS m
{{> valueFromSources}}
