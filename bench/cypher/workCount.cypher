// Bench: how many works the graph holds, from the count store.
MATCH (w:Work) RETURN count(w) AS works
