// Curation: a new relationship with its facts, source and locator between two entities found earlier
// in the same transaction. $type is checked before it gets here.
MATCH (a) WHERE elementId(a) = $fromElementId
MATCH (b) WHERE elementId(b) = $toElementId
CREATE (a)-[r:$($type)]->(b)
SET r = $props, r.id = $id, r.source = $source, r.locator = $locator
RETURN r.id AS id, properties(r) AS props
