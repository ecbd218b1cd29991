// Synthetic load: CO_PRODUCED from Studio to Work, by stable id (type|from|to|key), with source and locator.
// Both ends are found through their label's id index.
UNWIND $rows AS row
MATCH (a:Studio {id: row.from})
MATCH (b:Work {id: row.to})
MERGE (a)-[r:CO_PRODUCED {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(*) AS rows
