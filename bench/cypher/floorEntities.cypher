// Floor for the federation batch: the works named by $ids, in the order asked (null for an unknown id).
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (w:Work {id: $ids[i]})
RETURN w {.id, .title, .year, .kind} AS work
ORDER BY i
