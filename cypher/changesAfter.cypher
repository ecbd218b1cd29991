// History: the feed, changes committed after sequence number $after, in commit order.
MATCH (c:Change) WHERE c.seq > $after
RETURN properties(c) AS change, toString(c.at) AS at
ORDER BY c.seq
LIMIT $first
