// All nodes (a node with two labels counts once).
MATCH (n) RETURN count(n) AS count
