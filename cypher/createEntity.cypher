// Curation: a new entity with its properties, citing its source with a locator. $label is one of the
// entity labels (checked before); a duplicate id also trips the uniqueness constraint.
MATCH (s:Source {id: $source})
CREATE (n:$($label))
SET n = $props, n.id = $id
CREATE (n)-[:CITED_IN {id: $citationId, source: $source, locator: $locator}]->(s)
RETURN n.id AS id
