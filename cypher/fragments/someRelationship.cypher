// A fragment, not a statement: a relationship filter's some (src/graph/relationshipFilter.ts): one relationship of
// the {{pattern}} passes the {{tests}}.
EXISTS { MATCH {{pattern}} WHERE {{tests}} }
