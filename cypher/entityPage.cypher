// A page of one label's entities, filtered and sorted, for the list fields (works, regions, ...).
// $label is checked against the entity labels before it gets here. The filter arrives as $anyOf: a list
// of conjunctions (the filter in disjunctive normal form; [[]] passes everything), each condition {field, op, value, values,
// type, negate}; it is read as data, so nothing a user sends becomes query text.
MATCH (n:$($label))
WHERE any(conjunction IN $anyOf WHERE all(c IN conjunction WHERE c.negate <> coalesce(
  CASE c.op
    WHEN 'eq' THEN n[c.field] = c.value
    WHEN 'in' THEN n[c.field] IN c.values
    WHEN 'gt' THEN n[c.field] > c.value
    WHEN 'gte' THEN n[c.field] >= c.value
    WHEN 'lt' THEN n[c.field] < c.value
    WHEN 'lte' THEN n[c.field] <= c.value
    WHEN 'includes' THEN c.value IN n[c.field]
    WHEN 'contains' THEN
      CASE WHEN valueType(n[c.field]) STARTS WITH 'LIST'
        THEN any(x IN n[c.field] WHERE toLower(toString(x)) CONTAINS toLower(c.value))
        ELSE toLower(toString(n[c.field])) CONTAINS toLower(c.value) END
    WHEN 'exists' THEN n[c.field] IS NOT NULL
    WHEN 'hasOut' THEN EXISTS { MATCH (n)-[r]->() WHERE type(r) = c.type }
    WHEN 'hasIn' THEN EXISTS { MATCH (n)<-[r]-() WHERE type(r) = c.type }
  END, false)))
WITH n
ORDER BY CASE WHEN $descending THEN n[$sortField] END DESC, CASE WHEN NOT $descending THEN n[$sortField] END ASC, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total, [m IN matched[$offset..($offset + $limit)] | {label: labels(m)[0], props: properties(m)}] AS page
