// Linked data: one batch of the whole graph for the dumps (src/graph/linkedData/dump.ts): up to $limit nodes
// of one label after the id $after, walked in the order of the label's id index, each with every relationship
// leaving it and the id of its other end. The history (:Change, :ChangeLog) carries none of the model's
// labels, so it is never read. A template: linkedDataBatch@Work.
MATCH (n:{{label}}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT toInteger($limit)
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(m)
  RETURN collect([type(r), properties(r), m.id]) AS outgoing
}
RETURN n.id AS id, properties(n) AS props, outgoing
