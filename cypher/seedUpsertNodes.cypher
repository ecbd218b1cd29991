// Seed: creates or updates nodes by id. A reload replaces each node's properties with the seed's,
// so loading twice leaves the graph as loading once. The loader sends the rows of one label at a time
// under `seedUpsertNodes@<Label>`, which writes the label into the slot: a dynamic label ($(row.label), what
// the slot takes when the statement is called by its plain name, src/graph/statements/bulkWrites.ts) makes
// Neo4j 5.26 scan every node for each row instead of seeking the id index.
// Each row answers the node's properties before (null: created) and after, which the history records.
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, properties(old) AS before
MERGE (n:{{label}} {id: row.id})
SET n = row.props, n.id = row.id
RETURN n.id AS id, labels(n) AS labels, before, properties(n) AS after
