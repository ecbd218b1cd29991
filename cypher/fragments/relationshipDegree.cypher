// A fragment, not a statement, of cypher/fragments/relationshipGroupsOfLabel.cypher: how many relationships of one
// {{type}} and {{direction}} a node has, its {{pattern}} an outgoingPattern or incomingPattern from (n) with no variables,
// which Neo4j reads from the node's degree store (GetDegree).
{type: '{{type}}', direction: '{{direction}}', count: COUNT { {{pattern}} }}
