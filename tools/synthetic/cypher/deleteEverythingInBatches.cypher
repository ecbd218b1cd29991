// --reset: empties the graph in transactions of 20,000, relationships first, so that no single transaction
// holds a hub's hundred thousand relationships (a DETACH DELETE of source:synthetic would). The schema stays.
// Two auto-commit statements.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS;
MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS;
