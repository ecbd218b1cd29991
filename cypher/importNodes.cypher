// Import: creates or updates nodes by their labels and id, replacing their properties with the file's
// (so importing a file twice leaves the graph as importing it once). Nodes with one of the model's labels
// are sent per label (`importNodes@Work`), found by index seek; others keep the dynamic labels.
// Each row answers the node's properties before (null: created) and after, which the history records.
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, properties(old) AS before
MERGE (n:{{label}} {id: row.id})
SET n = row.props
RETURN n.id AS id, labels(n) AS labels, before, properties(n) AS after
