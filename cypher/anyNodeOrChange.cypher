// Restore: whether the database holds any node at all, the history's included (a restore needs an empty one).
MATCH (n) RETURN n.id AS id LIMIT 1
