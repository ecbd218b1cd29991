// What policies enabled or funded (ENABLED_BY into the policy): works, studios, platforms and other
// policies, with the fact's year, amount and note and the policy's effective date or year. $policyId
// null asks about every policy.
MATCH (policy:Policy)<-[e:ENABLED_BY]-(enabled)
WHERE $policyId IS NULL OR policy.id = $policyId
RETURN properties(e) AS fact, properties(policy) AS policy, labels(enabled)[0] AS enabledLabel, properties(enabled) AS enabled
ORDER BY coalesce(policy.effectiveDate, toString(policy.effectiveYear), toString(e.year)), policy.name, labels(enabled)[0], enabled.id
