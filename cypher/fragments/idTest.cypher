// A fragment, not a statement: the node {{v}} by its id, {{id}} a parameter, written so that the unique index reaches it.
{{v}}.id = {{id}}
