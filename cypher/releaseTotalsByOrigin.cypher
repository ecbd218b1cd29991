// The releases that releasesInPeriod selects (same parameters), totalled by the region the works
// come from: works released, and sum and average of box office and admissions over the releases that
// give them. A total with no figure behind it is null, never 0. Sums of integers stay integers (exact);
// averages are rounded to the whole HK$ and the whole admission, the precision Tables 4 and 7 print.
MATCH (:Region {id: $regionId})<-[r:RELEASED_IN]-(w:Work)
WITH r, w,
  coalesce(date(r.startDate), CASE WHEN r.year IS NOT NULL THEN date({year: r.year, month: 1, day: 1}) END) AS earliest,
  coalesce(date(r.startDate), CASE WHEN r.year IS NOT NULL THEN date({year: r.year, month: 12, day: 31}) END) AS latest
WHERE ($from IS NULL OR earliest >= date($from))
  AND ($to IS NULL OR latest <= date($to))
  AND ($minBoxOfficeHKD IS NULL OR r.boxOfficeHKD >= $minBoxOfficeHKD)
  AND ($originRegionIds IS NULL OR EXISTS { (w)-[:ORIGINATES_FROM]->(o:Region) WHERE o.id IN $originRegionIds })
OPTIONAL MATCH (w)-[:ORIGINATES_FROM]->(origin:Region)
WHERE $originRegionIds IS NULL OR origin.id IN $originRegionIds
WITH origin, w, r
RETURN properties(origin) AS origin,
  count(DISTINCT w) AS works,
  count(r.boxOfficeHKD) AS withBoxOffice,
  CASE WHEN count(r.boxOfficeHKD) > 0 THEN sum(r.boxOfficeHKD) END AS boxOfficeHKD,
  round(avg(r.boxOfficeHKD)) AS averageBoxOfficeHKD,
  count(r.admissions) AS withAdmissions,
  CASE WHEN count(r.admissions) > 0 THEN sum(r.admissions) END AS admissions,
  round(avg(r.admissions)) AS averageAdmissions,
  true IN collect(r.approximate) AS approximate,
  collect(DISTINCT r.source) AS sources,
  collect(r.locator) AS locators
ORDER BY boxOfficeHKD DESC, origin.name
