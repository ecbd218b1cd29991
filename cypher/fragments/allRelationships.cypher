// A fragment, not a statement: a relationship filter's all: no relationship of the {{pattern}} fails the {{tests}}, so
// a node with no such relationship passes, as in @neo4j/graphql.
NOT EXISTS { MATCH {{pattern}} WHERE NOT ({{tests}}) }
