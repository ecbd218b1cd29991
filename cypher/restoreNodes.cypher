// Restore: creates a backup's nodes, per label where it is one of the model's (`restoreNodes@Work`), else with
// the labels the row carries. CREATE, not MERGE: a restore goes into an empty database.
UNWIND $rows AS row
CREATE (n:{{label}})
SET n = row.props
RETURN count(n) AS count
