// Whether the database holds any node at all (start-up seeds an empty one).
MATCH (n) RETURN n.id AS id LIMIT 1
