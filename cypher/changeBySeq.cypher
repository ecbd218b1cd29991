// History: one change by its sequence number, and whether a later change reverted it.
MATCH (c:Change {seq: $seq})
RETURN properties(c) AS change, toString(c.at) AS at,
       EXISTS { MATCH (r:Change {revertOf: $seq}) } AS reverted
