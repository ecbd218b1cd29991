// Seed: creates or updates relationships by their stable id (type|from|to|key), with the source and
// locator of the fact they state.
UNWIND $rows AS row
MATCH (a:$(row.fromLabel) {id: row.from})
MATCH (b:$(row.toLabel) {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props, r.id = row.id, r.source = row.source, r.locator = row.locator
RETURN count(r) AS count
