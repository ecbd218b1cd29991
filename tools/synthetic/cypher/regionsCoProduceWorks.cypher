// Synthetic load: CO_PRODUCED from Region to Work, by stable id (type|from|to|key), with source and locator.
// Both ends are found through their label's id index.
UNWIND $rows AS row
MATCH (a:Region {id: row.from})
MATCH (b:Work {id: row.to})
MERGE (a)-[r:CO_PRODUCED {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(*) AS rows
