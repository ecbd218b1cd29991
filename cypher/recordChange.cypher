// History: one committed change, a node of its own label that joins nothing, so no read of the graph
// (neighbourhoods, counts, exports, search) meets it. before/after are JSON text (a map cannot be a property).
CREATE (c:Change)
SET c = $change, c.at = datetime()
RETURN c.seq AS seq, toString(c.at) AS at
