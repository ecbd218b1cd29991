// Floor for the filtered, sorted page: works of $kind from $fromYear on, by title regardless of case (the
// derived sortName; ties by id), the first $first of them, and how many match in all. Written for this
// data: the count from the (kind, year) index, the page by walking the sortName index in order and stopping after $first matches (many works
// match, so few are skipped); one statement, no round trip in between.
CALL () { MATCH (w:Work) WHERE w.kind = $kind AND w.year >= $fromYear RETURN count(w) AS total }
CALL () {
  MATCH (w:Work) USING INDEX w:Work(sortName) WHERE w.sortName IS NOT NULL AND w.kind = $kind AND w.year >= $fromYear
  WITH w ORDER BY w.sortName, w.id LIMIT toInteger($first)
  RETURN collect(w {.id, .title, .year}) AS page
}
RETURN total, page
