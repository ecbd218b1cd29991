// Nodes by id, for the node loader and curation. The ids arrive as keys ({id}) sorted by the label
// their prefix names (cypher/fragments/nodesOfKeysByLabel.cypher; ids must start with their label's prefix, as
// the loader and curation enforce), so each id costs one unique-index seek instead of one per label.
// Callers narrow it to the labels of their ids (nodesByIds@Work+Policy, in the model's order of labels).
// $properties names the properties the query reads (the values come back as a list in that order), or is
// null for all of them, as a map (src/graph/projection.ts).
{{> nodesOfKeysByLabel}}
RETURN key.id AS id, labels(n)[0] AS label,
       {{projected n $properties}} AS props,
       elementId(n) AS elementId
