// A fragment, not a statement, that the trade-flow questions (importRanking, importSharesByYear,
// exportsByYear) return for their flow f and partner region: only the properties in $factProperties /
// $nodeProperties, as lists of values in the order of the names, or every property as a map when the list
// is null, as cypher/fragments/projectedFacts.cypher returns facts (src/graph/projection.ts reads both).
{{projected f $factProperties}} AS flow,
{{projected partner $nodeProperties}} AS region
