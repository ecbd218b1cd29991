// A fragment, not a statement, of cypher/relationshipPageOfNodes.cypher: the keys of one label, each with
// its node, the walks of its group's neighbour labels and whether they gave the page. {{degree}} is the
// group's pattern without variables, e.g. (n)<-[:ORIGINATES_FROM]-(), so Neo4j reads the group's size from
// the node's degree store. {{walks}} is cypher/fragments/relationshipPageWalk.cypher once per label the model lets
// the group reach from {{label}} (src/model/relationships.ts, neighbourLabels), numbered; {{walked}} joins
// their pages (walked0 + walked1) and {{complete}} says they all gave theirs (complete0 AND complete1). A
// label the group cannot reach from has no walks: [] and false, so its keys' groups are expanded.
UNWIND coalesce($byLabel.{{label}}, []) AS key MATCH (n:{{label}} {id: key.id})
WITH key, n, COUNT { {{degree}} } AS degree
{{walks}}
RETURN key, n, {{walked}} AS walked, {{complete}} AS complete
