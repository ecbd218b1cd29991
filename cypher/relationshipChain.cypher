// Relationships along a chain of core types, several levels of a nested query in one statement: the
// facts of the asked nodes (level 1), then, from the other ends of level 1 that have the next label, the
// facts of the next type, and so on (src/graph/statements/relationshipChain.ts names the levels, src/graph/loaders.ts primes
// the relationship loader with them). A template: each level is cypher/relationshipChainLevel with its
// label, type and direction written in from the model's fixed lists (src/graph/statements/relationshipChain.ts), e.g.
// relationshipChain@ENABLED_BY.IN,Work.CO_PRODUCED.IN,Studio.OPERATES.OUT. $reads[i] names the
// properties level i+1 reads of its relationships and other ends (null for all). The nodes arrive as
// keys sorted by label (cypher/fragments/nodesOfKeysByLabel.cypher). With $roots ({properties}, null for all of
// them) the asked nodes come back too, for a lookup whose selection goes on into the chain; without it,
// an empty list.
{{> nodesOfKeysByLabel}}
WITH collect(n) AS starts
WITH starts, [starts] AS next0
{{levels}}
RETURN [{{results}}] AS levels,
  CASE WHEN $roots IS NULL THEN [] ELSE [n IN starts | [n.id, labels(n)[0],
    {{projected n $roots.properties}}]] END AS roots
