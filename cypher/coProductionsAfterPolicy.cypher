// Works co-produced by parties from every one of $regionIds (the region itself, or a studio BASED_IN
// it) that came out on or after the policy $policyId took effect. A work's bare year counts from its
// first day and a policy's bare year from its last, so a dated row certainly followed the policy;
// works the graph gives no date at all come back too, with `dated` false, for the caller to set apart.
MATCH (policy:Policy {id: $policyId})
WITH policy, coalesce(date(policy.effectiveDate),
  CASE WHEN policy.effectiveYear IS NOT NULL THEN date({year: policy.effectiveYear, month: 12, day: 31}) END) AS effective
MATCH (w:Work)<-[:CO_PRODUCED]-()
WITH DISTINCT policy, effective, w
CALL (w) {
  MATCH (party)-[c:CO_PRODUCED]->(w)
  OPTIONAL MATCH (party:Studio)-[based:BASED_IN]->(base:Region)
  WITH party, c, based, CASE WHEN party:Region THEN party ELSE base END AS side
  WHERE side.id IN $regionIds
  WITH party, c, based, side ORDER BY side.id, party.id
  RETURN collect({label: labels(party)[0], props: properties(party), fact: properties(c),
                  region: properties(side), basedIn: properties(based)}) AS parties
}
WITH w, effective, parties
WHERE all(regionId IN $regionIds WHERE any(p IN parties WHERE p.region.id = regionId))
WITH w, parties, coalesce(date(w.releaseDate),
  CASE WHEN w.year IS NOT NULL THEN date({year: w.year, month: 1, day: 1}) END) AS earliest, effective
WHERE earliest IS NULL OR earliest >= effective
RETURN properties(w) AS work, parties, earliest IS NOT NULL AS dated,
       [(w)-[cited:CITED_IN]->(source:Source) | {source: source.id, locator: cited.locator}][0] AS citation
ORDER BY earliest, w.title
