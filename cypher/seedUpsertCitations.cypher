// Seed: every node cites the Source it comes from, with the locator in that source. Sent per label, as
// seedUpsertNodes explains. Each row answers the citation's properties before (null: created) and after.
UNWIND $rows AS row
MATCH (n:{{label}} {id: row.id})
MATCH (s:Source {id: row.source})
OPTIONAL MATCH (n)-[old:CITED_IN {id: row.citationId}]->(s)
WITH n, s, row, properties(old) AS before
MERGE (n)-[c:CITED_IN {id: row.citationId}]->(s)
SET c.locator = row.locator, c.source = row.source
RETURN c.id AS id, type(c) AS type, n.id AS from, s.id AS to, before, properties(c) AS after
