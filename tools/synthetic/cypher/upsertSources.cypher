// Synthetic load: the Source every synthetic fact cites (source:synthetic); like every Source, it cites itself.
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
SET n = row.props, n.id = row.id
MERGE (n)-[c:CITED_IN {id: row.citationId}]->(n)
SET c.locator = row.locator, c.source = row.id
RETURN count(*) AS rows
