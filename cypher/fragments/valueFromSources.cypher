// A fragment, not a statement: a fact's value of one property from the sources asked for ($sources, in order of
// preference): the one home of the rule of `sources` (issue 27, "One fact, one count"), taken in by factsAggregate
// (src/graph/aggregate.ts), the lists' aggregates (entityValueFromSources.cypher) and the question fields
// (cypher/factValuesFromSources.cypher). Of the fact's own statement (its `source`)
// and its claims (src/model/claims.ts, found through the claim_fact index), the first listed source that states
// the property answers; among one source's claims the latest (`asOf`). A fact none of them states gives no value:
// absent, never 0. Fills aggregateValues' {{memberValue}} for member `m` and property `prop`.
CALL (m, prop) {
  OPTIONAL MATCH (c:Claim {factId: m.id})
  WHERE c[prop] IS NOT NULL AND c.source IN $sources
  WITH c ORDER BY c.asOf DESC
  RETURN collect(c) AS claims
}
WITH prop, [s IN [m] + claims WHERE s[prop] IS NOT NULL AND s.source IN $sources] AS stating
WITH prop, head([src IN $sources WHERE any(s IN stating WHERE s.source = src) | head([s IN stating WHERE s.source = src])]) AS chosen
WITH prop, chosen[prop] AS v, chosen.source AS from
