// Linked data: facts by their relationship id, found from their start node (keys {id: start id, fact:
// relationship id}, sorted by the start's label; narrowed as linkedDataFacts@Work), with both ends' id,
// label and title or name.
{{> nodesOfKeysByLabel}}
MATCH (n)-[r]->(m) WHERE r.id = key.fact
RETURN type(r) AS type, properties(r) AS props, n.id AS from, labels(n)[0] AS fromLabel, coalesce(n.title, n.name) AS fromName,
       m.id AS to, labels(m)[0] AS toLabel, coalesce(m.title, m.name) AS toName
