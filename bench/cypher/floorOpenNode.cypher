// Floor for opening a hub: how many IMPORTED_FROM relationships region $id has, and how many works originate
// from it, each read from the node's degree store.
MATCH (r:Region {id: $id})
RETURN COUNT { (r)-[:IMPORTED_FROM]->() } AS imports, COUNT { (r)<-[:ORIGINATES_FROM]-() } AS works
