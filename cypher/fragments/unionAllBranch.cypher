// A fragment, not a statement: a {{branch}} of a CALL subquery after its first, its rows added to theirs.
UNION ALL {{branch}}
