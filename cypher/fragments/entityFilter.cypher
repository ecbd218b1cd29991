// A fragment, not a statement: the part of a list filter that no index serves, for cypher/entityPage.cypher, and
// the tests inside a relationship filter (src/graph/relationshipFilter.ts), on the relationship and on the node at
// its other end. The filter arrives as a parameter ({{anyOf}}): a list of conjunctions (the filter in disjunctive
// normal form; [[]] passes everything), each condition {field, op, value, values, type, rel, negate}; it is read
// as data, so nothing a user sends becomes query text. The slots are filled per level from fixed names: {{v}} the
// variable tested, {{c}}, {{k}} and {{h}} names of its own (nested levels must not shadow the outer ones),
// {{nodeTests}} the tests only a node takes (cypher/fragments/hasRelationshipTests.cypher), {{rels}} the level's
// relationship filters as a list of booleans that a 'rel' condition picks from by its index.
any({{k}} IN {{anyOf}} WHERE all({{c}} IN {{k}} WHERE {{c}}.negate <> coalesce(
  CASE {{c}}.op
    WHEN 'eq' THEN {{v}}[{{c}}.field] = {{c}}.value
    WHEN 'in' THEN {{v}}[{{c}}.field] IN {{c}}.values
    WHEN 'gt' THEN {{v}}[{{c}}.field] > {{c}}.value
    WHEN 'gte' THEN {{v}}[{{c}}.field] >= {{c}}.value
    WHEN 'lt' THEN {{v}}[{{c}}.field] < {{c}}.value
    WHEN 'lte' THEN {{v}}[{{c}}.field] <= {{c}}.value
    WHEN 'includes' THEN {{c}}.value IN {{v}}[{{c}}.field]
    WHEN 'contains' THEN
      CASE WHEN valueType({{v}}[{{c}}.field]) STARTS WITH 'LIST'
        THEN any(x IN {{v}}[{{c}}.field] WHERE toLower(toString(x)) CONTAINS toLower({{c}}.value))
        ELSE toLower(toString({{v}}[{{c}}.field])) CONTAINS toLower({{c}}.value) END
    WHEN 'exists' THEN {{v}}[{{c}}.field] IS NOT NULL
    {{nodeTests}}
    WHEN 'rel' THEN {{rels}}[toInteger({{c}}.rel)]
  END, false)))
