// Whether the database holds any node at all (start-up seeds an empty one).
MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog RETURN n.id AS id LIMIT 1
