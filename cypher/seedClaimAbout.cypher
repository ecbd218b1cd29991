// Seed: links each claim to an entity its fact is about (ABOUT: both ends of a relationship, or the entity whose
// figures it states; with the claim's source and locator, as every relationship carries them), so Browser and Bloom show a film's or a market year's claims beside it. Sent per label
// (`seedClaimAbout@Work`), as seedUpsertNodes explains.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MATCH (n:{{label}} {id: row.id})
MERGE (c)-[a:ABOUT {id: row.aboutId}]->(n)
SET a.source = c.source, a.locator = c.locator
RETURN count(a) AS count
