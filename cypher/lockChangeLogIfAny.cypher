// History: takes the write lock on the change log node if there is one, and answers the last sequence number
// given out; no row when no change was ever recorded. For a bulk write that may record nothing (a seed load
// that changes nothing), which must not leave a change log behind: it takes lockChangeLog only once it has changes.
MATCH (l:ChangeLog {id: 'changes'})
SET l.lock = true
REMOVE l.lock
RETURN l.seq AS seq
