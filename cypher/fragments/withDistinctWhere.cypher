// A fragment, not a statement: each row of {{v}} once, then the {{tests}} (subqueries Neo4j then plans after the
// clauses before).
WITH DISTINCT {{v}} WHERE {{tests}}
