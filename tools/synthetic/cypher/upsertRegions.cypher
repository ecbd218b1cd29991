// Synthetic load: Region nodes by id, each citing source:synthetic. The label is written out, so MERGE
// uses the region_id uniqueness index (a dynamic label would scan).
// Anchors (nodes of the real seed) are created when missing and never overwritten.
UNWIND $rows AS row
MERGE (n:Region {id: row.id})
ON CREATE SET n = row.props, n.id = row.id
ON MATCH SET n = CASE WHEN row.anchor THEN properties(n) ELSE row.props END, n.id = row.id
WITH n, row
MATCH (s:Source {id: 'source:synthetic'})
MERGE (n)-[c:CITED_IN {id: row.citationId}]->(s)
SET c.locator = row.locator, c.source = 'source:synthetic'
RETURN count(*) AS rows
