// How many relationships each of several nodes has of each type and direction, for Node.relationshipGroups:
// the graph view offers a node's relationships in these groups before it draws any. The keys ({id}) arrive
// sorted by the label their id's prefix names; {{groupsByLabel}} is cypher/fragments/relationshipGroupsOfLabel.cypher
// written once per label the keys have (src/graph/statements/relationshipGroups.ts), each copy counting
// the types and directions the model allows at that label. Groups with no relationship are left out.
CALL () {
{{groupsByLabel}}
}
UNWIND groups AS g
WITH key, g
WHERE g.count > 0
RETURN key.id AS id, g.type AS type, g.direction AS direction, g.count AS count
ORDER BY id, count DESC, type, direction
