// A fragment, not a statement: a {{pattern}} that may be missing (its variables then null).
OPTIONAL MATCH {{pattern}}
