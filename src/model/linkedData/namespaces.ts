/** The namespaces of the vocabularies the graph's RDF uses, and the prefixes its Turtle and JSON-LD write them with. */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  schema: 'http://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  dcterms: 'http://purl.org/dc/terms/',
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
  foaf: 'http://xmlns.com/foaf/0.1/',
} as const;

/** The prefix of the project's own vocabulary (`{base}/vocab/`). */
export const OWN_PREFIX = 'avx';

/** Every prefix with its namespace, the project's own among them (it depends on PUBLIC_BASE_URL). */
export const prefixes = (base: string): Record<string, string> => ({ ...NS, [OWN_PREFIX]: `${base}/vocab/` });

/** The JSON-LD context the graph's JSON-LD is compacted with: the prefixes only, so every term stays a full IRI. */
export const jsonLdContext = (base: string): Record<string, string> => prefixes(base);

export const RDF_TYPE = `${NS.rdf}type`;
export const XSD = {
  string: `${NS.xsd}string`,
  integer: `${NS.xsd}integer`,
  decimal: `${NS.xsd}decimal`,
  boolean: `${NS.xsd}boolean`,
  date: `${NS.xsd}date`,
  gYear: `${NS.xsd}gYear`,
  gYearMonth: `${NS.xsd}gYearMonth`,
  anyURI: `${NS.xsd}anyURI`,
  dateTime: `${NS.xsd}dateTime`,
} as const;
