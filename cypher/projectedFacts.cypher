// A fragment, not a statement, that ends cypher/relationshipsOfType and relationshipsOfNodes: one row per
// key, with its relationships r and other ends m collected as [properties, label, properties]. Each end
// carries only the properties in $factProperties / $nodeProperties, as a list of values in the order of
// the names (Cypher cannot make a map whose keys come from a parameter), or, when the list is null,
// every property as a map (src/graph/projection.ts reads both).
WITH key, collect([
  CASE WHEN $factProperties IS NULL THEN properties(r) ELSE [name IN $factProperties | r[name]] END,
  labels(m)[0],
  CASE WHEN $nodeProperties IS NULL THEN properties(m) ELSE [name IN $nodeProperties | m[name]] END
]) AS facts
RETURN key.id AS id, key.type AS type, key.direction AS direction, facts
