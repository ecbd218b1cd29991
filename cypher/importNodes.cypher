// Import: creates or updates nodes by their labels and id, replacing their properties with the file's
// (so importing a file twice leaves the graph as importing it once).
UNWIND $rows AS row
MERGE (n:$(row.labels) {id: row.id})
SET n = row.props
RETURN count(n) AS count
