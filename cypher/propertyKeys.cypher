// Every property name the graph has ever held, on nodes or relationships: what a filter or aggregate may name
// (src/graph/propertyKeys.ts). Neo4j never forgets a key, so the list only grows.
CALL db.propertyKeys() YIELD propertyKey
RETURN collect(propertyKey) AS keys
