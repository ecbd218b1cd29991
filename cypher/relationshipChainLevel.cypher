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
    CASE WHEN $reads[{{index}}].fact IS NULL THEN properties(r) ELSE [name IN $reads[{{index}}].fact | r[name]] END,
    labels(m)[0],
    CASE WHEN $reads[{{index}}].node IS NULL THEN properties(m) ELSE [name IN $reads[{{index}}].node | m[name]] END
  ]) AS facts, {{onward}} AS onward
  RETURN collect([n.id, facts]) AS level{{level}}, collect(onward) AS next{{level}}
}
