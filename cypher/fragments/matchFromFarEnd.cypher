// A fragment, not a statement: a level's entities reached from the far end of a relationship filter that names that
// end by id (src/graph/relationshipFilter.ts, levelMatch). The hint keeps the far end {{far}} (of {{label}}) a seek:
// over a label of a few nodes (21 regions at the paper's scale) Neo4j may otherwise scan the id index and filter,
// which reads every one of them.
MATCH {{pattern}} USING INDEX SEEK {{far}}:{{label}}(id) WHERE {{tests}}
