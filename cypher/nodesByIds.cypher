// Nodes by id, for the node loader and curation. The caller sorts the ids by the label their prefix
// names ($byLabel.Work = ['work:…', …]; ids must start with their label's prefix, as the loader and
// curation enforce), so each id costs one unique-index seek instead of one per label. $properties
// names the properties the query reads (the values come back as a list in that order), or is null for
// all of them, as a map (src/graph/projection.ts).
CALL () {
  UNWIND coalesce($byLabel.Region, []) AS id MATCH (n:Region {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Work, []) AS id MATCH (n:Work {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Studio, []) AS id MATCH (n:Studio {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Platform, []) AS id MATCH (n:Platform {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Person, []) AS id MATCH (n:Person {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Policy, []) AS id MATCH (n:Policy {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Festival, []) AS id MATCH (n:Festival {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Source, []) AS id MATCH (n:Source {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.MarketYear, []) AS id MATCH (n:MarketYear {id: id}) RETURN id, n
  UNION ALL UNWIND coalesce($byLabel.Agreement, []) AS id MATCH (n:Agreement {id: id}) RETURN id, n
}
RETURN id, labels(n)[0] AS label,
       CASE WHEN $properties IS NULL THEN properties(n) ELSE [name IN $properties | n[name]] END AS props,
       elementId(n) AS elementId
