// Seed --reset: removes every node and relationship (the schema stays).
MATCH (n) DETACH DELETE n
