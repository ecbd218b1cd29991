// Table 5 and the prose on schedules: what a platform aired (optionally only in $year), and how the
// broadcaster got each work (outsourced, purchased, ...), with dates and time slots; $acquisition,
// when given, keeps only airings whose acquisition is one of those listed.
MATCH (platform:Platform {id: $platformId})<-[a:AIRED_ON]-(w:Work)
WHERE ($year IS NULL OR a.year = $year)
  AND ($acquisition IS NULL OR a.acquisition IN $acquisition)
RETURN properties(a) AS fact, properties(w) AS work, properties(platform) AS platform
ORDER BY a.year, a.startDate IS NULL, a.startDate, w.title
