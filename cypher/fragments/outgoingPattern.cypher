// A fragment, not a statement: a relationship of one type from {{near}} to {{far}} (node patterns); {{r}} names the
// relationship, or is empty. The type is written in (a type of the model): Neo4j plans [r:RELEASED_IN] far better than a test of type(r).
{{near}}-[{{r}}:{{type}}]->{{far}}
