// Floor for the filtered, sorted page: works of $kind from $fromYear on, by title (ties by id), the first
// $first of them, and how many match in all; one pass over the matches serves both (faster than two).
MATCH (w:Work) WHERE w.kind = $kind AND w.year >= $fromYear
WITH count(w) AS total, collect(w) AS matched
UNWIND matched AS w
WITH total, w ORDER BY w.title, w.id LIMIT toInteger($first)
RETURN total, collect(w {.id, .title, .year}) AS page
