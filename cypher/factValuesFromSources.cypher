// The values of some facts as the sources asked for ($sources, in order of preference) state them, for the question
// fields' `sources` (src/graph/claims.ts, valuesFromSources): $facts are the facts as the question read them (their
// properties: `id`, `source`, their values). Per fact, every property any of its claims states (`claimed`, the
// preferred claim's included), answered by cypher/fragments/valueFromSources.cypher, factsAggregate's rule: the first
// listed source that states it, the fact's own statement counting as its source's; `value` null when none does. A
// fact without claims gives no values: only its own source states it. Run only when `sources` is given.
UNWIND $facts AS m
CALL (m) {
  OPTIONAL MATCH (c:Claim {factId: m.id})
  WITH collect(c.claimed) AS claimed
  RETURN reduce(props = [], names IN claimed | props + [p IN names WHERE NOT p IN props]) AS props
}
CALL (m, props) {
  UNWIND props AS prop
  {{> valueFromSources}}
  RETURN collect({property: prop, value: v, source: from}) AS values
}
RETURN m.id AS factId, values
