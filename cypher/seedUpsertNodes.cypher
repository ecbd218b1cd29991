// Seed: creates or updates nodes by id. A reload replaces each node's properties with the seed's,
// so loading twice leaves the graph as loading once.
UNWIND $rows AS row
MERGE (n:$(row.label) {id: row.id})
SET n = row.props, n.id = row.id
RETURN count(n) AS count
