// The releases that releasesInPeriod selects (same parameters), totalled by the region the works
// come from: works released, and sum and average of box office and admissions over the releases that
// give them. A total with no figure behind it is null, never 0. Sums of integers stay integers (exact);
// averages are rounded to the whole HK$ and the whole admission, the precision Tables 4 and 7 print. $answered
// (null unless asked with `sources`): each release as those sources state it, by fact id, as releasesInPeriod
// reads it; the figures totalled are theirs (`v`), and the sources too.
MATCH (:Region {id: $regionId})<-[r:RELEASED_IN]-(w:Work)
WITH r, w, CASE WHEN $answered IS NULL THEN r ELSE $answered[r.id] END AS v,
  coalesce(date(r.startDate), CASE WHEN r.year IS NOT NULL THEN date({year: r.year, month: 1, day: 1}) END) AS earliest,
  coalesce(date(r.startDate), CASE WHEN r.year IS NOT NULL THEN date({year: r.year, month: 12, day: 31}) END) AS latest
WHERE v IS NOT NULL
  AND ($from IS NULL OR earliest >= date($from))
  AND ($to IS NULL OR latest <= date($to))
  AND ($minBoxOfficeHKD IS NULL OR v.boxOfficeHKD >= $minBoxOfficeHKD)
  AND ($originRegionIds IS NULL OR EXISTS { (w)-[:ORIGINATES_FROM]->(o:Region) WHERE o.id IN $originRegionIds })
OPTIONAL MATCH (w)-[:ORIGINATES_FROM]->(origin:Region)
WHERE $originRegionIds IS NULL OR origin.id IN $originRegionIds
WITH origin, w, r, v
RETURN properties(origin) AS origin,
  count(DISTINCT w) AS works,
  count(v.boxOfficeHKD) AS withBoxOffice,
  CASE WHEN count(v.boxOfficeHKD) > 0 THEN sum(v.boxOfficeHKD) END AS boxOfficeHKD,
  round(avg(v.boxOfficeHKD)) AS averageBoxOfficeHKD,
  count(v.admissions) AS withAdmissions,
  CASE WHEN count(v.admissions) > 0 THEN sum(v.admissions) END AS admissions,
  round(avg(v.admissions)) AS averageAdmissions,
  true IN collect(v.approximate) AS approximate,
  reduce(ids = [], s IN collect(CASE WHEN $answered IS NULL THEN [r.source] ELSE v.sourceIds END) |
    ids + [id IN s WHERE id IS NOT NULL AND NOT id IN ids]) AS sources,
  collect(r.locator) AS locators
ORDER BY boxOfficeHKD DESC, origin.name
