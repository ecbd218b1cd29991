// Works co-produced by parties from every one of $regionIds (the region itself, or a studio BASED_IN
// it) that came out on or after the policy $policyId took effect. A work's bare year counts from its
// first day and a policy's bare year from its last, so a dated row certainly followed the policy;
// works the graph gives no date at all come back too, with `dated` false, for the caller to set apart.
// The date used is the best the graph holds (`when`): the earliest day a RELEASED_IN or AIRED_ON fact
// gives (a table's start date, with its source and locator), else the work's own releaseDate, else the
// month an airing started, else the work's year.
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
CALL (w) {
  OPTIONAL MATCH (w)-[shown:RELEASED_IN|AIRED_ON]->(place)
  WHERE shown.startDate IS NOT NULL OR shown.startMonth IS NOT NULL
  WITH shown, place ORDER BY coalesce(shown.startDate, shown.startMonth + '-01'), shown.startDate IS NULL, place.id
  RETURN collect({date: shown.startDate, month: shown.startMonth, type: type(shown), source: shown.source,
                  locator: shown.locator, placeLabel: labels(place)[0], place: properties(place)}) AS shownAt
}
WITH w, parties, effective,
     head([s IN shownAt WHERE s.date IS NOT NULL]) AS firstDay, head([s IN shownAt WHERE s.month IS NOT NULL]) AS firstMonth
WITH w, parties, effective, CASE
  WHEN firstDay IS NOT NULL THEN firstDay {.*, basis: 'FIRST_SHOWN'}
  WHEN w.releaseDate IS NOT NULL THEN {date: w.releaseDate, basis: 'RELEASE_DATE', source: w.releaseDateSource}
  WHEN firstMonth IS NOT NULL THEN firstMonth {.*, date: null, basis: 'FIRST_SHOWN_MONTH'}
  WHEN w.year IS NOT NULL THEN {basis: 'YEAR', source: w.yearSource}
END AS when
WITH w, parties, when, effective, CASE
  WHEN when.date IS NOT NULL THEN date(when.date)
  WHEN when.month IS NOT NULL THEN date(when.month + '-01')
  WHEN w.year IS NOT NULL THEN date({year: w.year, month: 1, day: 1}) END AS earliest
WHERE earliest IS NULL OR earliest >= effective
RETURN properties(w) AS work, parties, earliest IS NOT NULL AS dated, when,
       [(w)-[cited:CITED_IN]->(source:Source) | {source: source.id, locator: cited.locator}][0] AS citation
ORDER BY earliest, toLower(w.title), w.id
