// Floor for the filter through a relationship: works released in $regionId in $year with box office over
// $minBoxOfficeHKD, by title regardless of case (sortName; ties by id), the first $first, and how many match in all. Written for this data:
// from the region's unique index along its RELEASED_IN facts, each work once however many releases qualify.
CALL () {
  MATCH (:Region {id: $regionId})<-[r:RELEASED_IN]-(w:Work) WHERE r.year = $year AND r.boxOfficeHKD > $minBoxOfficeHKD
  RETURN count(DISTINCT w) AS total
}
CALL () {
  MATCH (:Region {id: $regionId})<-[r:RELEASED_IN]-(w:Work) WHERE r.year = $year AND r.boxOfficeHKD > $minBoxOfficeHKD
  WITH DISTINCT w ORDER BY w.sortName, w.id LIMIT toInteger($first)
  RETURN collect(w {.id, .title, .year}) AS page
}
RETURN total, page
