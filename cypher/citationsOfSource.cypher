// Curation: how many facts and other entities cite a Source, so a Source in use is never deleted.
// Facts carry their source as a property, so this reads every relationship: rare (an admin deleting a
// Source) and it must be exact.
MATCH (s:Source) WHERE elementId(s) = $elementId
CALL (s) { MATCH (n)-[:CITED_IN]->(s) WHERE n <> s RETURN count(n) AS entities }
CALL (s) { MATCH ()-[r]->() WHERE r.source = s.id AND type(r) <> 'CITED_IN' RETURN count(r) AS facts }
RETURN entities, facts
