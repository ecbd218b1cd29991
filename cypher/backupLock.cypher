// Backup: takes the change log's lock, as every writer does first (lockChangeLog), so that no write that takes it
// commits while the backup reads; answers the last sequence number given out. Unlike lockChangeLog it makes no
// change log where there is none yet (the backup's transaction is rolled back, but it reads its own writes).
OPTIONAL MATCH (l:ChangeLog {id: 'changes'})
SET l.lock = true
REMOVE l.lock
RETURN l.seq AS seq
