// Linked data: one batch of the claims for the dumps (src/graph/linkedData/dump.ts), after the entities: up to
// $limit claims after the id $after, walked in the order of the claim_id index.
MATCH (c:Claim) WHERE c.id > $after
WITH c ORDER BY c.id LIMIT toInteger($limit)
RETURN {{> linkedDataClaim}} AS claim
