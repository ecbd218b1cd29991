// The weekly number-one films of markets (NUMBER_ONE_IN): each week's film with its weekend gross and gross to
// date, as the fact stores them with its source and locator. One row per week per request of $requests: every
// weeklyNumberOnes field of one GraphQL request goes in one statement (src/graph/weeklyNumberOnes.ts), each
// request a map {request, marketId, year, weekFrom, weekTo, workId} whose nulls leave a filter off.
UNWIND $requests AS request
MATCH (market:Region {id: request.marketId})<-[n:NUMBER_ONE_IN]-(work:Work)
WHERE (request.year IS NULL OR n.year = request.year)
  AND (request.weekFrom IS NULL OR n.week >= request.weekFrom)
  AND (request.weekTo IS NULL OR n.week <= request.weekTo)
  AND (request.workId IS NULL OR work.id = request.workId)
RETURN request.request AS request, properties(n) AS fact, properties(work) AS work, properties(market) AS market
ORDER BY request, n.year, n.week
