// Feed: the last sequence number given out, where a poller starts (0 before the first change).
// A seek of the changelog_id constraint's index; read without the lock, so it never waits for a writer.
OPTIONAL MATCH (l:ChangeLog {id: 'changes'})
RETURN coalesce(l.seq, 0) AS seq
