// Cinema releases in the region $regionId (Tables 4 and 7, and the prose) whose run certainly starts
// within $from..$to (ISO dates; a release known only by its year must fall wholly inside), of works
// from any of $originRegionIds, grossing at least $minBoxOfficeHKD; null leaves a filter off. Each
// row carries days, admissions, box office and the work with its classification and origins. $answered (null
// unless the field is asked with `sources`): each release as those sources state it, by fact id
// (src/schema/sources.ts); a release they do not state is left out, and box office is theirs.
MATCH (region:Region {id: $regionId})<-[r:RELEASED_IN]-(w:Work)
WITH region, r, w, CASE WHEN $answered IS NULL THEN r ELSE $answered[r.id] END AS v,
  coalesce(date(r.startDate), CASE WHEN r.year IS NOT NULL THEN date({year: r.year, month: 1, day: 1}) END) AS earliest,
  coalesce(date(r.startDate), CASE WHEN r.year IS NOT NULL THEN date({year: r.year, month: 12, day: 31}) END) AS latest
WHERE v IS NOT NULL
  AND ($from IS NULL OR earliest >= date($from))
  AND ($to IS NULL OR latest <= date($to))
  AND ($minBoxOfficeHKD IS NULL OR v.boxOfficeHKD >= $minBoxOfficeHKD)
  AND ($originRegionIds IS NULL OR EXISTS { (w)-[:ORIGINATES_FROM]->(o:Region) WHERE o.id IN $originRegionIds })
CALL (w) {
  OPTIONAL MATCH (w)-[o:ORIGINATES_FROM]->(origin:Region)
  RETURN collect(CASE WHEN origin IS NOT NULL THEN {region: properties(origin), fact: properties(o)} END) AS origins
}
RETURN CASE WHEN $answered IS NULL THEN properties(r) ELSE v END AS fact, properties(w) AS work, properties(region) AS region, origins
ORDER BY
  CASE WHEN $orderBy = 'BOX_OFFICE_DESC' THEN v.boxOfficeHKD IS NULL END,
  CASE WHEN $orderBy = 'BOX_OFFICE_DESC' THEN v.boxOfficeHKD END DESC,
  earliest, r.rank, w.title
