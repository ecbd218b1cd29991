// How many nodes carry each label; the history (:Change, :ChangeLog) is not part of the graph.
MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
