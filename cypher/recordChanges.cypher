// History: a bulk write's changes (an import, a seed's added source) recorded at once, numbered by the
// caller after taking the change log's lock; each a :Change node as recordChange writes one.
UNWIND $changes AS change
CREATE (c:Change)
SET c = change, c.at = datetime()
RETURN c.seq AS seq, toString(c.at) AS at
