// Seed: creates or updates relationships by their stable id (type|from|to|key), with the source and
// locator of the fact they state. Sent per pair of end labels (`seedUpsertRelationships@Work>Region`), so
// both ends are found by index seeks (see seedUpsertNodes). Each row answers the relationship's properties
// before (null: created) and after.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
OPTIONAL MATCH (a)-[old:$(row.type) {id: row.id}]->(b)
WITH a, b, row, properties(old) AS before
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, before, properties(r) AS after
