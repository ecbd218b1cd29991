// Seed: every node cites the Source it comes from, with the locator in that source. Sent per label, as
// seedUpsertNodes explains.
UNWIND $rows AS row
MATCH (n:{{label}} {id: row.id})
MATCH (s:Source {id: row.source})
MERGE (n)-[c:CITED_IN {id: row.citationId}]->(s)
SET c.locator = row.locator, c.source = row.source
RETURN count(c) AS count
