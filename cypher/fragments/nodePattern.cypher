// A fragment, not a statement: a node of a pattern, by its variable alone (empty for an anonymous node).
({{v}})
