// Relationships along a chain of core types, several levels of a nested query in one statement: the
// facts of the asked keys (level 1), then, from the other ends of level 1 that have the next label, the
// facts of the next type, and so on (src/graph/chains.ts builds the name, src/graph/loaders.ts primes the
// relationship loader with the deeper levels). A template: each level is cypher/relationshipChainLevel
// with its label, type and direction written in from the model's fixed lists (src/graph/queries.ts),
// e.g. relationshipChain@ENABLED_BY.IN,Work.CO_PRODUCED.IN,Studio.OPERATES.OUT. $reads[i] names the
// properties level i+1 reads of its relationships and other ends (null for all). The keys arrive sorted
// by label (cypher/nodesOfKeysByLabel.cypher), all of one type and direction: the first level's.
{{> nodesOfKeysByLabel}}
WITH [collect(n)] AS next0
{{levels}}
RETURN [{{results}}] AS levels
