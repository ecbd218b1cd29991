// Restore in transactions: removes the marker once every batch has landed.
MATCH (m:RestoreInProgress {id: 'restore:in-progress'})
DELETE m
