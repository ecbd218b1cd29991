// Full-text search over names, titles and aliases in English and Chinese (index entity_names, CJK analyzer),
// best matches first. $query is a Lucene query built from the user's words with every special character escaped.
// The index's own limit applies before the type filter, so it reads $scanLimit hits and keeps $limit after
// filtering; `scanned` says how many hits the index gave, so the caller reads further only when the index
// had more and too few of those read were of the asked types. Properties are read for the kept hits only:
// those named in $properties (what the query selects, as a list of values in that order), or all when null.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $scanLimit}) YIELD node, score
WITH collect([node, score]) AS hits
CALL (hits) {
  UNWIND hits AS hit
  WITH hit[0] AS node, hit[1] AS score
  WHERE size($labels) = 0 OR labels(node)[0] IN $labels
  WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
  RETURN collect([labels(node)[0],
    {{projected node $properties}}, score]) AS kept
}
RETURN size(hits) AS scanned, kept
