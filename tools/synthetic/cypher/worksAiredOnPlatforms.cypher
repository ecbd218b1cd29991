// Synthetic load: AIRED_ON from Work to Platform, by stable id (type|from|to|key), with source and locator.
// Both ends are found through their label's id index.
UNWIND $rows AS row
MATCH (a:Work {id: row.from})
MATCH (b:Platform {id: row.to})
MERGE (a)-[r:AIRED_ON {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(*) AS rows
