// A fragment, not a statement: a node of a pattern with its label, which Neo4j then reads (a label of the model).
({{v}}:{{label}})
