// Every claim of the facts asked for ($factIds: relationship ids, or entity ids for their own figures), each with
// its values and its source, the preferred claim (the one whose values the fact holds) first, then by source.
// Found through the claim_fact index, one seek per fact.
UNWIND $factIds AS factId
MATCH (c:Claim {factId: factId})
RETURN factId, properties(c) AS claim
ORDER BY factId, coalesce(c.preferred, false) DESC, c.source, c.locator
