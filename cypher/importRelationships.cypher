// Import: creates or updates relationships by type and id between nodes found by labels and id,
// replacing their properties with the file's. A row whose ends are missing returns nothing, which the
// caller counts as a failure. Sent per pair of model labels where it can be (`importRelationships@Work>Region`).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS count
