// A fragment, not a statement, that ends cypher/relationshipsOfType and relationshipsOfNodes: one row per
// key, with its relationships r and other ends m collected as [properties, label, properties]. Each end
// carries only the properties in $factProperties / $nodeProperties, as a list of values in the order of
// the names (Cypher cannot make a map whose keys come from a parameter), or, when the list is null,
// every property as a map (src/graph/projection.ts reads both).
WITH key, collect([
  {{projected r $factProperties}},
  labels(m)[0],
  {{projected m $nodeProperties}}
]) AS facts
RETURN key.id AS id, key.type AS type, key.direction AS direction, facts
