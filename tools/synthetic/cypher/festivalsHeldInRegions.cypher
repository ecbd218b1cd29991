// Synthetic load: HELD_IN from Festival to Region, by stable id (type|from|to|key), with source and locator.
// Both ends are found through their label's id index.
UNWIND $rows AS row
MATCH (a:Festival {id: row.from})
MATCH (b:Region {id: row.to})
MERGE (a)-[r:HELD_IN {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(*) AS rows
