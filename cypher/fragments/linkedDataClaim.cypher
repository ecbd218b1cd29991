// A fragment, not a statement: one claim `c` as the linked-data reads take it (src/graph/linkedData/claims.ts):
// its properties, the id, label and title or name of each entity it is ABOUT, and the name of the Source it is
// STATED_IN.
{props: properties(c), about: [(c)-[:ABOUT]->(x) | [x.id, labels(x)[0], coalesce(x.title, x.name)]], source: [(c)-[:STATED_IN]->(s) | s.name][0]}
