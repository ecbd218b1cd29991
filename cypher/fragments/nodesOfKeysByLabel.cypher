// A fragment, not a statement: rows of each key and its node, for keys ({id, ...}) that arrive sorted by
// the label their id's prefix names ($byLabel.Work = [...], src/graph/entity.ts). The line below is
// written once per label, {{label}} filled in, the copies joined by UNION ALL in a `CALL () { }`
// (src/graph/statements/catalog.ts, QueryCatalog.withIncludes): where a statement writes {{> nodesOfKeysByLabel}},
// once for every label of the model; in a statement narrowed to the labels its keys have (nodesByIds@Work,
// relationshipChain@Policy.ENABLED_BY.IN), once for each of those. Each key costs one unique-index
// seek; an UNWIND over a missing or empty list runs nothing, but each copy is still text to send and
// operators to set up, which is why the narrowed statements exist.
UNWIND coalesce($byLabel.{{label}}, []) AS key MATCH (n:{{label}} {id: key.id}) RETURN key, n
