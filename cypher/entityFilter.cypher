// A fragment, not a statement: the part of a list filter that no index serves, for cypher/entityPage.cypher.
// The filter arrives as $anyOf: a list of conjunctions (the filter in disjunctive normal form; [[]] passes
// everything), each condition {field, op, value, values, type, negate}; it is read as data, so nothing a
// user sends becomes query text.
any(conjunction IN $anyOf WHERE all(c IN conjunction WHERE c.negate <> coalesce(
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
