// Readiness: answers only when the named database is online.
RETURN 1 AS ok
