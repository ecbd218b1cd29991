// A fragment, not a statement, of cypher/relationshipGroupsOfNodes.cypher: the keys of one label, each with
// the count of its relationships per type and direction. {{degrees}} is a list of
// {type: 'IMPORTED_FROM', direction: 'OUT', count: COUNT { (n)-[:IMPORTED_FROM]->() }} maps, one per type and
// direction the model allows at {{label}}; Neo4j reads each such count from the node's degree store
// (GetDegree), so a hub of thousands of relationships costs one look-up per type, not a walk over them.
UNWIND coalesce($byLabel.{{label}}, []) AS key MATCH (n:{{label}} {id: key.id}) RETURN key, [{{degrees}}] AS groups
