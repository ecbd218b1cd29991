// Restore in transactions: the marker a restore too large for one transaction writes first and removes last. While
// it stands the database is not empty, so a restore that was killed half-way is seen, and the next one needs --force.
CREATE (:RestoreInProgress {id: 'restore:in-progress', startedAt: $startedAt})
