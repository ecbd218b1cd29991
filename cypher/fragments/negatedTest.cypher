// A fragment, not a statement: a {{test}} negated (a relationship filter under a NOT).
NOT ({{test}})
