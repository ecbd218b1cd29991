// Import: creates or updates nodes by their labels and id, replacing their properties with the file's
// (so importing a file twice leaves the graph as importing it once). Nodes with one of the model's labels
// are sent per label (`importNodes@Work`), found by index seek; others keep the dynamic labels.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n = row.props
RETURN count(n) AS count
