// Floor for a hub's group, one page: the works originating from region $id, the first 25 by id.
MATCH (:Region {id: $id})<-[:ORIGINATES_FROM]-(w:Work)
RETURN w {.id, .title} AS work
ORDER BY w.id
LIMIT 25
