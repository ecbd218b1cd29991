// A fragment, not a statement: the entities of one label ({{node}}, a labelledNodePattern) that pass the tests an index
// can answer ({{seek}}) and the level's other {{tests}}.
MATCH {{node}} WHERE {{seek}} AND {{tests}}
