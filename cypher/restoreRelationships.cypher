// Restore: creates a backup's relationships between nodes found by labels and id (`restoreRelationships@Work>Region`
// finds both by index seek). A row whose ends are missing returns nothing, which the caller counts as a failure.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS count
