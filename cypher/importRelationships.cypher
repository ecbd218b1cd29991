// Import: creates or updates relationships by type and id between nodes found by labels and id,
// replacing their properties with the file's. A row whose ends are missing returns nothing, which the
// caller counts as a failure. Sent per pair of model labels where it can be (`importRelationships@Work>Region`).
// Each row answers the relationship's properties before (null: created) and after, which the history records.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
OPTIONAL MATCH (a)-[old:$(row.type) {id: row.id}]->(b)
WITH a, b, row, properties(old) AS before
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, before, properties(r) AS after
