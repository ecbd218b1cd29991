// Linked data: the Sources, for the dataset's description (dcterms:source), in id order.
MATCH (s:Source) RETURN s.id AS id ORDER BY s.id
