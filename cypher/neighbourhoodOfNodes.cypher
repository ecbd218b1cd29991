// Every relationship of several nodes at once, whatever its type, for Node.relationships (the graph view
// draws a node's neighbourhood from it). Each key names a node and a direction: OUT, IN, or null for both.
// The node at the other end comes back whole, so no second trip is needed.
// The keys arrive sorted by their label, as cypher/fragments/nodesOfKeysByLabel.cypher takes them.
// Claims (:Claim, ABOUT the node) are not relationships of the model: Claim.claims and the facts' claims show them.
{{> nodesOfKeysByLabel}}
MATCH (n)-[r]-(m)
WHERE NOT m:Claim
WITH key, r, m, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
WHERE key.direction IS NULL OR direction = key.direction
RETURN key.id AS id, key.direction AS asked, type(r) AS type, direction, properties(r) AS props,
       labels(m)[0] AS otherLabel, properties(m) AS other
ORDER BY id, type, direction, r.year, r.rank, r.startDate, m.id
