// A fragment, not a statement: one level of cypher/relationshipChain. The nodes reached by the level
// before (next{{before}}, a list of lists, one per node of that level) are made distinct, each is
// expanded along one type in one direction, and its facts collected as [relationship, label, other end]
// with the properties in $reads[{{index}}]. A node with no such relationship gives no entry (the loader
// knows it asked). The other ends that carry the next level's label are passed on as next{{level}}.
CALL (next{{before}}) {
  UNWIND next{{before}} AS nodes
  UNWIND nodes AS n
  WITH DISTINCT n
  MATCH (n){{pattern}}(m)
  WITH n, collect([
    {{projected r $reads[{{index}}].fact}},
    labels(m)[0],
    {{projected m $reads[{{index}}].node}}
  ]) AS facts, {{onward}} AS onward
  RETURN collect([n.id, facts]) AS level{{level}}, collect(onward) AS next{{level}}
}
