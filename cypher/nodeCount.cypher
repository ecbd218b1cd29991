// All nodes (a node with two labels counts once).
// The history (:Change, :ChangeLog) is not part of the graph and is not counted.
MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog RETURN count(n) AS count
