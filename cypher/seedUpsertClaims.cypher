// Seed: creates or updates claims (src/model/claims.ts) by id, each with the Source that states it
// (STATED_IN, carrying the locator; its id the model's relationshipId, as every relationship's). A reload replaces a claim's properties with the seed's, so loading twice
// leaves the graph as loading once. What each claim is about is linked by seedClaimAbout.
// Each row answers the claim's properties before (null: created) and after, and its STATED_IN's (`statedIn`).
UNWIND $rows AS row
OPTIONAL MATCH (old:Claim {id: row.id})
OPTIONAL MATCH (old)-[oldStated:STATED_IN {id: row.statedInId}]->(:Source)
WITH row, properties(old) AS before, properties(oldStated) AS statedBefore
MERGE (c:Claim {id: row.id})
SET c = row.props, c.id = row.id
WITH c, row, before, statedBefore
MATCH (s:Source {id: row.source})
MERGE (c)-[st:STATED_IN {id: row.statedInId}]->(s)
SET st.locator = row.locator, st.source = row.source
RETURN c.id AS id, labels(c) AS labels, before, properties(c) AS after,
  {id: st.id, type: type(st), from: c.id, to: s.id, before: statedBefore, after: properties(st)} AS statedIn
