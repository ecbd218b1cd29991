// Curation: deletes one relationship.
MATCH ()-[r]->() WHERE elementId(r) = $elementId
DELETE r
RETURN count(*) AS deleted
