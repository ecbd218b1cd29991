// Seed: creates or updates relationships by their stable id (type|from|to|key), with the source and
// locator of the fact they state. Sent per pair of end labels (`seedUpsertRelationships@Work>Region`), so
// both ends are found by index seeks (see seedUpsertNodes).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(r) AS count
