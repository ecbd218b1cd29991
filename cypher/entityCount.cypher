// How many of one label's entities pass a list filter (the list fields' totalCount), and how many the
// label has (from Neo4j's count store), which src/graph/entityPage.ts weighs to choose how to read the
// page. The {{…}} slots are filled as in cypher/entityPage.cypher.
CALL () { MATCH (n:{{label}}) RETURN count(n) AS labelSize }
CALL () { MATCH (n:{{label}}) WHERE {{seek}} AND {{rest}} RETURN count(n) AS total }
RETURN total, labelSize
