// A fragment, not a statement: a relationship filter's none: no relationship of the {{pattern}} passes the {{tests}}.
NOT EXISTS { MATCH {{pattern}} WHERE {{tests}} }
