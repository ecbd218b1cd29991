// Linked data: claims by their ids (src/graph/linkedData/claims.ts), for a claim's IRI; one seek of the claim_id
// index each.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN {{> linkedDataClaim}} AS claim
