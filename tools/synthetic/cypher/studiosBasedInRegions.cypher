// Synthetic load: BASED_IN from Studio to Region, by stable id (type|from|to|key), with source and locator.
// Both ends are found through their label's id index.
UNWIND $rows AS row
MATCH (a:Studio {id: row.from})
MATCH (b:Region {id: row.to})
MERGE (a)-[r:BASED_IN {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(*) AS rows
