// Curation: adds $by to a whole-number property of one entity, found by the element id read earlier in
// the same transaction, as one step that concurrent increments cannot undo. Setting a marker takes the
// node's write lock before the value is read, so increments queue rather than overwrite each other.
// An absent property counts as 0; a property of another type is left alone and no row comes back.
MATCH (n) WHERE elementId(n) = $elementId
SET n.incrementLock = true
REMOVE n.incrementLock
WITH n
WHERE n[$property] IS NULL OR n[$property] IS :: INTEGER
SET n[$property] = coalesce(n[$property], 0) + $by
RETURN n[$property] AS value, properties(n) AS props
