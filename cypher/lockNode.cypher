// Curation: takes the write lock on one node, found by the element id read earlier in the same
// transaction, and holds it until the transaction ends. A check-then-write (is this link key taken?
// then create it) done under the lock cannot interleave with another curator's doing the same.
MATCH (n) WHERE elementId(n) = $elementId
SET n.curationLock = true
REMOVE n.curationLock
RETURN elementId(n) AS elementId
