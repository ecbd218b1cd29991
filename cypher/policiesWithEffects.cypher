// Every policy ($policyId null) or one, with when it took effect and what it enabled or funded
// (ENABLED_BY into it), each enabled entity with its properties so the caller can name it. Policies
// with nothing ENABLED_BY them come too (`effects` empty). Ordered by when the policy took effect
// (date, else year, else the year it was announced or established), undated ones last, then by name
// regardless of case; effects by the enabled entity's label and id.
MATCH (policy:Policy)
WHERE $policyId IS NULL OR policy.id = $policyId
CALL (policy) {
  MATCH (policy)<-[e:ENABLED_BY]-(enabled)
  WITH e, enabled ORDER BY labels(enabled)[0], enabled.id
  RETURN collect({fact: properties(e), enabledLabel: labels(enabled)[0], enabled: properties(enabled)}) AS effects
}
RETURN properties(policy) AS policy, effects,
       [(policy)-[cited:CITED_IN]->(source:Source) | {source: source.id, locator: cited.locator}][0] AS citation
ORDER BY coalesce(policy.effectiveDate, toString(policy.effectiveYear), toString(policy.announcedYear),
                  toString(policy.establishedYear)), toLower(policy.name), policy.id
