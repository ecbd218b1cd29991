// Seed: links each claim to an entity its fact is about (ABOUT: both ends of a relationship, or the entity whose
// figures it states; with the claim's source and locator, as every relationship carries them), so Browser and Bloom show a film's or a market year's claims beside it. Sent per label
// (`seedClaimAbout@Work`), as seedUpsertNodes explains. Each row answers the link's properties before (null:
// created) and after.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (n:{{label}} {id: row.id})
OPTIONAL MATCH (c)-[old:ABOUT {id: row.aboutId}]->(n)
WITH c, n, row, properties(old) AS before
MERGE (c)-[a:ABOUT {id: row.aboutId}]->(n)
SET a.source = c.source, a.locator = c.locator
RETURN a.id AS id, type(a) AS type, c.id AS from, n.id AS to, before, properties(a) AS after
