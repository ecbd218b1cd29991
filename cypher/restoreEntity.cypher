// Curation: an entity brought back by a revert, with the properties the history kept. $label was
// checked against the model's labels before.
CREATE (n:$($label))
SET n = $props
RETURN elementId(n) AS elementId
