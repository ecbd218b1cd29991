// Bench: whether a database it was pointed at already holds data (it only empties one when told to).
MATCH (n) RETURN n.id AS id LIMIT 1
