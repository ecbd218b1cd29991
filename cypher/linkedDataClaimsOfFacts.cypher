// Linked data: every claim of the facts asked for ($factIds: relationship ids, or entity ids for their own
// figures), for a fact's IRI; one seek of the claim_fact index each, in claim id order.
UNWIND $factIds AS factId
MATCH (c:Claim {factId: factId})
WITH c ORDER BY c.id
RETURN {{> linkedDataClaim}} AS claim
