// Bench subject for the nested query: the policy that enabled the number of works nearest $target (ties by id).
MATCH (p:Policy)
WITH p, COUNT { (p)<-[:ENABLED_BY]-(:Work) } AS works
WHERE works > 0
RETURN p.id AS id, works
ORDER BY abs(works - $target), p.id
LIMIT 1
