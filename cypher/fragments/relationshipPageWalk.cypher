// A fragment, not a statement, of cypher/fragments/relationshipPageWalksOfLabel.cypher: a page of one key's
// neighbours of one label, {{neighbour}}, read in that label's id index order from `after`, each candidate
// tested for a relationship of the group (and of the key's years) to the node; it stops at $limit
// neighbours. Walking reads about $limit × labelSize / degree candidates, expanding the group reads
// `degree` relationships, and a candidate costs several times what a relationship does (its own
// relationships are read to test it), so the page walks when degree² > 8 × $limit × labelSize. A walk gives
// up after $walkBudget candidates (years that few of the group's relationships fall in): it gave the page
// when it found $limit neighbours, or when the label is no bigger than the budget (it read every entry
// after `after`). {{i}} numbers the label's walk among the key label's.
CALL (key, n, degree) {
  CALL () { MATCH (m:{{neighbour}}) RETURN count(m) AS labelSize }
  WITH labelSize, degree * degree > 8 * toInteger($limit) * labelSize AS walks
  CALL (key, n, walks) {
    MATCH (m:{{neighbour}}) USING INDEX SEEK m:{{neighbour}}(id)
    WHERE m.id > CASE WHEN walks THEN coalesce(key.after, '') END
    WITH m
    ORDER BY m.id
    LIMIT toInteger($walkBudget)
    WHERE EXISTS {
      (n){{pattern}}(m)
      WHERE (key.fromYear IS NULL OR r.year >= key.fromYear) AND (key.toYear IS NULL OR r.year <= key.toYear)
    }
    WITH m
    ORDER BY m.id
    LIMIT toInteger($limit)
    RETURN collect(m) AS walked
  }
  RETURN walked AS walked{{i}}, walks AND (size(walked) = toInteger($limit) OR labelSize <= toInteger($walkBudget)) AS complete{{i}}
}
