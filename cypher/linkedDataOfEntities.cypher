// Linked data: entities as their RDF description takes them (src/graph/linkedData/). Each key ({id}) gives its
// node's properties, every relationship leaving it (its citation among them) and, up to $incomingLimit, the
// relationships reaching it other than citations and claims' links ($incomingLeftOut: a Source is cited by
// every node; a hub such as a Region is reached by a great many works, which the dump holds in full), with
// their total, and the id, label, title or name of each other end; and, up to $incomingLimit, the claims of
// its own figures and of the facts leaving it (found through ABOUT; claims are few). Keys arrive sorted by
// label; narrowed as linkedDataOfEntities@Work.
{{> nodesOfKeysByLabel}}
CALL (n) {
  OPTIONAL MATCH (n)-[r]->(m)
  RETURN collect([type(r), properties(r), m.id, labels(m)[0], coalesce(m.title, m.name)]) AS outgoing
}
CALL (n) {
  OPTIONAL MATCH (n)<-[r]-(m) WHERE NOT type(r) IN $incomingLeftOut
  WITH r, m ORDER BY r.id LIMIT toInteger($incomingLimit)
  RETURN collect([type(r), properties(r), m.id, labels(m)[0], coalesce(m.title, m.name)]) AS incoming
}
CALL (n) {
  MATCH (c:Claim)-[:ABOUT]->(n) WHERE c.factId = n.id OR split(c.factId, '|')[1] = n.id
  WITH c ORDER BY c.id LIMIT toInteger($incomingLimit)
  RETURN collect({{> linkedDataClaim}}) AS claims
}
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props, outgoing, incoming, claims,
       COUNT { (n)<-[r]-() WHERE NOT type(r) IN $incomingLeftOut } AS incomingTotal
