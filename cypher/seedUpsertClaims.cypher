// Seed: creates or updates claims (src/model/claims.ts) by id, each with the Source that states it
// (STATED_IN, carrying the locator; its id the model's relationshipId, as every relationship's). A reload replaces a claim's properties with the seed's, so loading twice
// leaves the graph as loading once. What each claim is about is linked by seedClaimAbout.
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c = row.props, c.id = row.id
WITH c, row
MATCH (s:Source {id: row.source})
MERGE (c)-[st:STATED_IN {id: row.statedInId}]->(s)
SET st.locator = row.locator, st.source = row.source
RETURN count(c) AS count
