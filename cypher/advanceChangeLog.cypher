// History: the last sequence number given out, moved on past a change set's changes.
MATCH (l:ChangeLog {id: 'changes'})
SET l.seq = $seq
RETURN l.seq AS seq
