// Synthetic load: HAILS_FROM from Person to Region, by stable id (type|from|to|key), with source and locator.
// Both ends are found through their label's id index.
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Region {id: row.to})
MERGE (a)-[r:HAILS_FROM {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(*) AS rows
