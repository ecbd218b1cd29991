// A fragment, not a statement: the tests of cypher/fragments/entityFilter.cypher that only a node takes (hasRelationship).
WHEN 'hasOut' THEN EXISTS { MATCH ({{v}})-[{{h}}]->() WHERE type({{h}}) = {{c}}.type }
WHEN 'hasIn' THEN EXISTS { MATCH ({{v}})<-[{{h}}]-() WHERE type({{h}}) = {{c}}.type }
