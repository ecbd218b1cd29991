// Restore in transactions: deletes up to $limit nodes and their relationships, so a large graph is emptied in
// transactions of a bounded size (the caller repeats it until it deletes none).
MATCH (n)
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS count
