// A fragment, not a statement: the aggregates of one group's members (entities or facts), one map per property named
// in $properties: how many members give it (known), sum and average of those that are numbers, minimum and maximum.
// A member without the property is not counted, never taken as 0; with no number behind it a sum or average is null.
// Sums of integers stay integers (exact); averages, and sums of fractions, are rounded half away from zero to the
// decimals the paper gives the property ($decimals, from src/model/properties.ts). A number stored outside its
// property's range ($ranges, src/model/ranges.ts: written before the ranges held, or through Cypher) is counted as
// given but left out of the sum and average, which it would swamp (a year of 9223372036854775807) or overflow.
// {{memberValue}} reads each member's value `v` and the source it comes from (`from`, a fact's `source`; none for
// entities), or, asked with `sources`, the value of the first listed source that states it
// (cypher/fragments/valueFromSources.cypher); `sources` lists where the group's values came from.
CALL (members) {
  UNWIND $properties AS prop
  UNWIND members AS m
  {{memberValue}}
  WITH prop, v, from, CASE WHEN v IS :: INTEGER | FLOAT AND $ranges[prop].min <= v <= $ranges[prop].max THEN v END AS number
  WITH prop, count(v) AS known, count(number) AS numbers, sum(number) AS total, avg(number) AS average, min(v) AS low, max(v) AS high,
    collect(DISTINCT from) AS sources
  RETURN collect({
    sources: sources,
    property: prop,
    known: known,
    sum: CASE WHEN numbers = 0 THEN null WHEN total IS :: FLOAT THEN round(total, toInteger($decimals[prop]), 'HALF_UP') ELSE total END,
    average: CASE WHEN numbers > 0 THEN round(average, toInteger($decimals[prop]), 'HALF_UP') END,
    min: low,
    max: high
  }) AS values
}
RETURN key, CASE WHEN node IS NULL THEN null ELSE {label: labels(node)[0], props: properties(node)} END AS node, size(members) AS count, values
ORDER BY key, count DESC, node.props.id
