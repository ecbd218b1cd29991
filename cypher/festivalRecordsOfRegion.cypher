// Festival screenings (SCREENED_AT) and honours (HONOURED_AT) of works that originate from the region
// $regionId and of people who hail from it, with year, edition, slot and award, and the fact that
// ties each work or person to the region.
MATCH (region:Region {id: $regionId})
CALL (region) {
  MATCH (region)<-[tie:ORIGINATES_FROM]-(subject:Work)-[rec:SCREENED_AT|HONOURED_AT]->(festival:Festival)
  RETURN subject, tie, rec, festival
  UNION ALL
  MATCH (region)<-[tie:HAILS_FROM]-(subject:Person)-[rec:HONOURED_AT]->(festival:Festival)
  RETURN subject, tie, rec, festival
}
WITH region, subject, tie, rec, festival
WHERE $year IS NULL OR rec.year = $year
RETURN type(rec) AS type, properties(rec) AS fact, properties(festival) AS festival,
       labels(subject)[0] AS subjectLabel, properties(subject) AS subject,
       properties(tie) AS tie, properties(region) AS region
ORDER BY rec.year IS NULL, rec.year, festival.name, subject.id
