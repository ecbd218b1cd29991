// Curation: a relationship brought back by a revert, exactly as the history kept it. $type comes
// from the history, which took it from a relationship of the graph (checked again before).
MATCH (a) WHERE elementId(a) = $fromElementId
MATCH (b) WHERE elementId(b) = $toElementId
CREATE (a)-[r:$($type)]->(b)
SET r = $props
RETURN r.id AS id
