// History: takes the write lock on the one change log node (made on first use; the changelog_id
// constraint keeps it one under concurrent MERGEs) and answers the last sequence number given out.
// Every API write takes it first, so writes commit one after another and sequence order is commit order.
MERGE (l:ChangeLog {id: 'changes'})
ON CREATE SET l.seq = 0
SET l.lock = true
REMOVE l.lock
RETURN l.seq AS seq
