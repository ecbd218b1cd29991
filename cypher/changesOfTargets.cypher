// History: the changes of entities or facts (by id), in commit order.
UNWIND $targets AS target
MATCH (c:Change {target: target})
RETURN properties(c) AS change, toString(c.at) AS at
ORDER BY c.seq
