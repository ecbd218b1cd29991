// Floor for a hub's group, one page: the works originating from region $id, the first 25 by id. The region is
// a hub (thousands of works at 100x), so the page is read the way a hand-written statement reads it best:
// the Work id index walked in order, each work tested for the relationship, stopping at the 25th, instead
// of sorting all of the region's works by id (29k at 100x; this floor did that until 2026-12-02).
MATCH (r:Region {id: $id})
CALL (r) {
  MATCH (w:Work) USING INDEX SEEK w:Work(id)
  WHERE w.id > '' AND EXISTS { (r)<-[:ORIGINATES_FROM]-(w) }
  RETURN w
  ORDER BY w.id
  LIMIT 25
}
RETURN w {.id, .title} AS work
