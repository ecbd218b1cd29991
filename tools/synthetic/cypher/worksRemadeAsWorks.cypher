// Synthetic load: REMADE_AS from Work to Work, by stable id (type|from|to|key), with source and locator.
// Both ends are found through their label's id index.
UNWIND $rows AS row
MATCH (a:Work {id: row.from})
MATCH (b:Work {id: row.to})
MERGE (a)-[r:REMADE_AS {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(*) AS rows
