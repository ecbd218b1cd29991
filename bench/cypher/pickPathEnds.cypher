// Bench subjects for the shortest path: the person who acted in most works and the platform that aired most.
CALL () {
  MATCH (p:Person)
  RETURN p.id AS fromId ORDER BY COUNT { (p)-[:ACTED_IN]->() } DESC, p.id LIMIT 1
}
CALL () {
  MATCH (pl:Platform)
  RETURN pl.id AS toId ORDER BY COUNT { (pl)<-[:AIRED_ON]-() } DESC, pl.id LIMIT 1
}
RETURN fromId, toId
