/**
 * The mapping of the graph to RDF words: which class each label (and kind) is, which predicate each relationship
 * type and property is, and the project's own terms (`avx:`) with their definitions for what schema.org lacks.
 * Terms are written as prefixed names (`schema:Movie`, `avx:airedOn`) and expanded with `expand`, since the own
 * namespace hangs off PUBLIC_BASE_URL. docs/linked-data.md shows this table; test/linkedData holds the two together.
 */
import { AS_OF_PATTERN, CLAIM_PROPERTIES } from '../claims';
import { DERIVED_NAME_PROPERTIES } from '../names';
import { ADDITIONAL_TYPES, CITATION_TYPE, ENDPOINTS } from '../relationships';
import { isFractional, kindOf, type PropertyKind } from '../properties';
import { NS, OWN_PREFIX, prefixes, XSD } from './namespaces';

/** A prefixed name: `schema:Movie`, `avx:TradeFlow`. */
export type Term = string;

/** The full IRI of a prefixed name. */
export function expand(base: string, term: Term): string {
  const colon = term.indexOf(':');
  const ns = prefixes(base)[term.slice(0, colon)];
  if (!ns) throw new Error(`${term} has no prefix of the vocabulary`);
  return ns + term.slice(colon + 1);
}

/** A term of the project's own vocabulary, as /vocab/{name} describes it. */
export interface OwnTerm {
  name: string;
  kind: 'Class' | 'Property';
  label: string;
  definition: string;
  /** Wider terms of other vocabularies it refines (rdfs:subClassOf / rdfs:subPropertyOf). */
  broader?: Term[];
}

/** Each label's own class and the schema.org class every entity of it is; `byKind` adds a narrower one by `kind`. */
export const LABEL_CLASSES: Record<string, { own: Term; schema: Term[]; byKind?: Record<string, Term[]> }> = {
  Region: {
    own: 'avx:Region',
    schema: ['schema:Place'],
    byKind: {
      COUNTRY: ['schema:Country'],
      TERRITORY: ['schema:AdministrativeArea'],
      PROVINCE: ['schema:State'],
      CITY: ['schema:City'],
      CONTINENT: ['schema:Continent'],
    },
  },
  Work: {
    own: 'avx:Work',
    schema: ['schema:CreativeWork'],
    byKind: { FILM: ['schema:Movie'], TV_DRAMA: ['schema:TVSeries'] },
  },
  Studio: { own: 'avx:Studio', schema: ['schema:Organization'], byKind: { GOVERNMENT_BODY: ['schema:GovernmentOrganization'] } },
  Platform: {
    own: 'avx:Platform',
    schema: ['schema:BroadcastService'],
    byKind: { TV_CHANNEL: ['schema:TelevisionChannel'] },
  },
  Person: { own: 'avx:Person', schema: ['schema:Person'] },
  Policy: { own: 'avx:Policy', schema: ['schema:Legislation'] },
  Festival: {
    own: 'avx:Festival',
    schema: ['schema:Event'],
    byKind: { FESTIVAL: ['schema:Festival'], FILM_WEEK: ['schema:Festival'], EXHIBITION: ['schema:ExhibitionEvent'] },
  },
  Source: { own: 'avx:Source', schema: ['schema:CreativeWork', 'prov:Entity'], byKind: { paper: ['schema:ScholarlyArticle'] } },
  MarketYear: { own: 'avx:MarketYear', schema: ['schema:Dataset'] },
  Agreement: { own: 'avx:Agreement', schema: ['schema:Intangible'] },
};

/** The classes an entity of this label and kind is (its own first). */
export function classesOf(label: string, kind: unknown): Term[] {
  const classes = LABEL_CLASSES[label];
  if (!classes) return [];
  const narrower = typeof kind === 'string' ? (classes.byKind?.[kind] ?? []) : [];
  return [...new Set([classes.own, ...classes.schema, ...narrower])];
}

const camel = (type: string): string => type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The predicate of each relationship type: schema.org's where one says exactly what the type says in the same
 * direction, else the project's own (`AIRED_ON` → `avx:airedOn`). The citation is PROV-O's derivation.
 */
const SCHEMA_PREDICATES: Record<string, Term> = {
  ORIGINATES_FROM: 'schema:countryOfOrigin',
  HELD_IN: 'schema:location',
  WORKS_FOR: 'schema:worksFor',
  [CITATION_TYPE]: 'prov:wasDerivedFrom',
};

export const predicateOfType = (type: string): Term => SCHEMA_PREDICATES[type] ?? `${OWN_PREFIX}:${camel(type)}`;

/** What each relationship type says, as the own predicate's definition (docs/model.md has the full account). */
const TYPE_DEFINITIONS: Record<string, string> = {
  CO_PRODUCED: 'The studio or region co-produced the work.',
  AIRED_ON: 'The work aired on the platform (a broadcast or stream), with its slot, year and rating where the source gives them.',
  REMADE_AS: 'The work was remade as the other work.',
  ENABLED_BY: 'The entity was made possible by the policy (an agreement, scheme or fund).',
  RELEASED_IN: 'The work was released in cinemas of the region, with the dates and takings the source gives.',
  IMPORTED_FROM:
    'A trade flow: the region imported films from the other region in a year, with the count, share and rank the source gives.',
  EXPORTED_TO: 'A trade flow: the region exported audiovisual products to the other region in a year, with the value the source gives.',
  OPERATES: 'The studio operates the platform.',
  HONOURED_AT: 'The person or work received an honour at the festival or award, with the award and year.',
  SCREENED_AT: 'The work was screened at the festival, with the year, edition and slot.',
  FACTS_FOR: "The market year holds a year's figures for the region, platform or studio.",
  FILMS_SHOWN_IN: "The region's films were shown in the other region.",
  ANIMATION_EXPORTED_TO: "A trade flow: the region's animation was exported to the other region.",
  BASED_IN: 'The studio is based in the region.',
  PART_OF: 'The entity is part of the other (a scheme of its fund, an office of its agency, a region of a larger area).',
  LAUNCHED_IN: 'The platform was launched in the region.',
  LICENSED_IN: 'The platform or studio is licensed in the region.',
  LICENSES_TO: 'The studio licenses content to the platform.',
  HAS_ACCOUNTS_ON: 'The studio has accounts on the platform.',
  SHOWS_CONTENT_FROM: 'The platform shows content from the region.',
  BROADCAST_IN: 'The work or platform is broadcast in the region.',
  ENGAGEMENT_ON: 'The work drew the engagement the source gives on the platform.',
  SEQUEL_OF: 'The work is a sequel of the other work.',
  AMENDS: 'The policy amends the other policy.',
  ISSUED_BY: 'The policy was issued by the body.',
  ANNOUNCED_AT: 'The policy or work was announced at the festival.',
  BROADCAST_VIA: 'The festival was broadcast via the platform.',
  HAILS_FROM: 'The person hails from the region.',
  ACTED_IN: 'The person acted in the work.',
  WORKS_FOR: 'The person works for the organisation.',
  WORKED_IN: 'The person worked in the region.',
  PARTY_TO: 'The studio is a party to the agreement.',
};

/** Where a literal property goes: its predicate, and what its values are typed or tagged with. */
export interface PropertyMapping {
  predicate: Term;
  /** A language tag for every value (names in a script or romanisation). */
  language?: string;
  /** The value is an IRI: an entity's id (`titleZhSource`) or a web address (`url`). */
  reference?: 'entity' | 'web';
}

/**
 * Properties with a word of their own. A Chinese name goes out in each of its scripts and romanisations as
 * schema:name with the language tag of that form; the printed form as the own `avx:printedChineseName` in `zh`
 * (the source prints it in one script or the other). The graph's internal search and sort keys do not go out.
 */
const NAME_FORMS: Record<string, string> = {
  Hans: 'zh-Hans',
  Hant: 'zh-Hant',
  HK: 'zh-HK',
  Pinyin: 'zh-Latn-pinyin',
  Jyutping: 'yue-Latn-jyutping',
};
const KNOWN_PROPERTIES: Record<string, PropertyMapping> = {
  title: { predicate: 'schema:name' },
  name: { predicate: 'schema:name' },
  titleZh: { predicate: 'avx:printedChineseName', language: 'zh' },
  nameZh: { predicate: 'avx:printedChineseName', language: 'zh' },
  ...Object.fromEntries(
    ['titleZh', 'nameZh'].flatMap((f) =>
      Object.entries(NAME_FORMS).map(([suffix, language]) => [`${f}${suffix}`, { predicate: 'schema:name', language }]),
    ),
  ),
  titleZhSource: { predicate: 'avx:chineseNameSource', reference: 'entity' },
  nameZhSource: { predicate: 'avx:chineseNameSource', reference: 'entity' },
  aliases: { predicate: 'schema:alternateName' },
  genres: { predicate: 'schema:genre' },
  languages: { predicate: 'schema:inLanguage' },
  episodes: { predicate: 'schema:numberOfEpisodes' },
  citation: { predicate: 'dcterms:bibliographicCitation' },
  url: { predicate: 'schema:url', reference: 'web' },
  volume: { predicate: 'schema:volumeNumber' },
  issue: { predicate: 'schema:issueNumber' },
  pages: { predicate: 'schema:pagination' },
  publisher: { predicate: 'schema:publisher' },
  note: { predicate: 'rdfs:comment' },
  role: { predicate: 'schema:roleName' },
  roles: { predicate: 'schema:roleName' },
  locator: { predicate: 'avx:locator' },
  source: { predicate: 'prov:wasDerivedFrom', reference: 'entity' },
  id: { predicate: 'dcterms:identifier' },
};

/** Properties that never go out: the derived search and sort keys (the name forms above aside). */
const NOT_PUBLISHED = new Set(DERIVED_NAME_PROPERTIES.filter((p) => !KNOWN_PROPERTIES[p]));

/** The predicate and typing of a property, or undefined for one that does not go out. Others get `avx:{name}`. */
export function propertyMapping(property: string): PropertyMapping | undefined {
  if (NOT_PUBLISHED.has(property)) return undefined;
  return KNOWN_PROPERTIES[property] ?? { predicate: `${OWN_PREFIX}:${property}` };
}

/** One RDF literal's parts, or an IRI (`iri`), for one value of a property. */
export type ObjectValue = { iri: string } | { value: string; datatype?: string; language?: string };

/**
 * A claim's `asOf` is as precise as its source (YYYY, YYYY-MM or YYYY-MM-DD, src/model/claims.ts AS_OF_PATTERN):
 * typed at that precision (xsd:gYear, xsd:gYearMonth, xsd:date), never padded to a day the source does not give.
 */
const AS_OF_DATATYPES: Record<number, string> = { 4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date };

/** xsd:decimal's canonical text keeps a point: 13 → "13.0". */
const decimalText = (n: number): string => (Number.isInteger(n) ? `${n}.0` : String(n));

/**
 * The RDF values of one property value (a list gives one per item). Numbers are typed by the property's kind
 * (src/model/properties.ts): years as xsd:gYear, fractions and money as xsd:decimal, counts as xsd:integer; a
 * text of a date property as xsd:date; `entityIriOf` turns an id into its IRI.
 */
export function objectValues(property: string, value: unknown, entityIriOf: (id: string) => string): ObjectValue[] {
  const mapping = propertyMapping(property);
  if (!mapping || value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => objectValues(property, v, entityIriOf));
  if (mapping.reference === 'entity' && typeof value === 'string') return [{ iri: entityIriOf(value) }];
  if (mapping.reference === 'web' && typeof value === 'string' && /^https?:\/\//.test(value)) return [{ iri: value }];
  const kind = kindOf(property);
  if (typeof value === 'boolean') return [{ value: String(value), datatype: XSD.boolean }];
  if (typeof value === 'number') {
    if (kind === 'year' && Number.isInteger(value)) return [{ value: String(value), datatype: XSD.gYear }];
    if (isFractional(property) || !Number.isInteger(value)) return [{ value: decimalText(value), datatype: XSD.decimal }];
    return [{ value: String(value), datatype: XSD.integer }];
  }
  if (typeof value !== 'string') return [{ value: JSON.stringify(value) }];
  if (property === 'asOf' && AS_OF_PATTERN.test(value)) return [{ value, datatype: AS_OF_DATATYPES[value.length] }];
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return [{ value, datatype: XSD.date }];
  return [{ value, ...(mapping.language ? { language: mapping.language } : {}) }];
}

/** The classes every claim is (its own first): one source's statement, a PROV-O entity derived from its Source. */
export const CLAIM_CLASSES: Term[] = ['avx:Claim', 'prov:Entity'];

/**
 * What a claim says beyond its values (which go out under their properties' predicates, as the fact's do, and
 * its source as prov:wasDerivedFrom, its locator as avx:locator): the fact it states, the entities it is about,
 * which properties it states, and whether it is the preferred one (false is said, not left out: a claim is either).
 */
export const CLAIM_LINKS = {
  claimOf: 'avx:claimOf',
  about: 'schema:about',
  claimedProperty: 'avx:claimedProperty',
  preferred: 'avx:preferred',
} as const satisfies Record<string, Term>;

/** A claim's properties that CLAIM_LINKS say otherwise (the fact's id and type, the names claimed) or that it states as a boolean. */
export const CLAIM_LINKED_PROPERTIES: ReadonlySet<string> = new Set(['factId', 'factType', 'claimed', 'preferred']);

/** A definition of CLAIM_PROPERTIES (a phrase) as a sentence. */
const claimSentence = (name: string): string => `${CLAIM_PROPERTIES[name].charAt(0).toUpperCase()}${CLAIM_PROPERTIES[name].slice(1)}.`;

/** The project's own classes and the terms that describe a fact and its provenance. */
const OWN_CLASSES: OwnTerm[] = [
  {
    name: 'Region',
    kind: 'Class',
    label: 'Region',
    definition: 'A country, territory, province, city or larger area that films and programmes come from and go to.',
    broader: ['schema:Place'],
  },
  {
    name: 'Work',
    kind: 'Class',
    label: 'Work',
    definition: 'A film, TV drama, animation, documentary or programme.',
    broader: ['schema:CreativeWork'],
  },
  {
    name: 'Studio',
    kind: 'Class',
    label: 'Studio',
    definition: 'An organisation of the trade: broadcaster, streamer, production company, government or trade body, research firm.',
    broader: ['schema:Organization'],
  },
  {
    name: 'Platform',
    kind: 'Class',
    label: 'Platform',
    definition: 'A TV channel, streaming service, app or social-media service that carries works.',
    broader: ['schema:BroadcastService'],
  },
  {
    name: 'Person',
    kind: 'Class',
    label: 'Person',
    definition: 'A performer, director or official the sources name.',
    broader: ['schema:Person'],
  },
  {
    name: 'Policy',
    kind: 'Class',
    label: 'Policy',
    definition: 'An agreement, amendment, fund, scheme or initiative that governs the exchange.',
    broader: ['schema:Legislation'],
  },
  {
    name: 'Festival',
    kind: 'Class',
    label: 'Festival',
    definition: 'A festival, market, award, film week or exhibition.',
    broader: ['schema:Event'],
  },
  {
    name: 'Source',
    kind: 'Class',
    label: 'Source',
    definition: 'Where facts come from: the paper, general knowledge, a work its footnotes cite.',
    broader: ['schema:CreativeWork', 'prov:Entity'],
  },
  {
    name: 'MarketYear',
    kind: 'Class',
    label: 'Market year',
    definition: "One year's figures for a market (a region's cinemas, a broadcaster's schedule, a trade), as a source gives them.",
    broader: ['schema:Dataset'],
  },
  {
    name: 'Agreement',
    kind: 'Class',
    label: 'Agreement',
    definition: 'A partnership or framework of cooperation between organisations.',
    broader: ['schema:Intangible'],
  },
  {
    name: 'Fact',
    kind: 'Class',
    label: 'Fact',
    definition:
      'One statement of the graph joining two entities (an rdf:Statement), with the values that qualify it and the source it is derived from.',
    broader: ['rdf:Statement', 'prov:Entity'],
  },
  {
    name: 'Claim',
    kind: 'Class',
    label: 'Claim',
    definition:
      "One source's statement of a fact (avx:claimOf): the values it gives, under the fact's own predicates, where in the source, " +
      "when the figures were taken and what they count. Sources may disagree; the fact holds the preferred claim's values.",
    broader: ['prov:Entity'],
  },
];

const OWN_PROPERTIES: OwnTerm[] = [
  {
    name: 'locator',
    kind: 'Property',
    label: 'locator',
    definition: 'Where in its source a fact, claim or entity is stated: a table, year and row, or a section and paragraph.',
  },
  {
    name: 'printedChineseName',
    kind: 'Property',
    label: 'printed Chinese name',
    definition:
      'The Chinese name as the source prints it, in whichever script it uses; its scripts and romanisations are schema:name with language tags.',
    broader: ['schema:name'],
  },
  {
    name: 'chineseNameSource',
    kind: 'Property',
    label: 'source of the Chinese name',
    definition: "The Source a Chinese name is taken from, when it is not the source of the entity's other facts.",
    broader: ['prov:wasDerivedFrom'],
  },
  {
    name: 'kind',
    kind: 'Property',
    label: 'kind',
    definition: 'What an entity is within its class, from the fixed list docs/model.md gives for each (FILM, TV_DRAMA, COUNTRY, ...).',
  },
  {
    name: 'year',
    kind: 'Property',
    label: 'year',
    definition: 'The year a fact or entity belongs to: the year of a trade flow, a market year, an airing, a release or a publication.',
  },
  { name: 'rating', kind: 'Property', label: 'rating', definition: 'A TV audience rating in points, as the source prints it.' },
  { name: 'timeSlot', kind: 'Property', label: 'time slot', definition: 'When in the schedule a work aired (e.g. prime time, 21:30).' },
  { name: 'slot', kind: 'Property', label: 'slot', definition: "A work's place in a festival's programme (opening film, closing film)." },
  { name: 'sharePct', kind: 'Property', label: 'share (%)', definition: 'A share of a market or a total, in per cent.' },
  { name: 'rank', kind: 'Property', label: 'rank', definition: 'A place in a ranking the source gives (1 is first).' },
  {
    name: 'value',
    kind: 'Property',
    label: 'value',
    definition: 'The count or amount a trade flow carries (films, titles, programmes), as the source gives it.',
  },
  { name: 'boxOfficeHKD', kind: 'Property', label: 'box office (HK$)', definition: 'Cinema takings in Hong Kong dollars.' },
  { name: 'admissions', kind: 'Property', label: 'admissions', definition: 'Cinema admissions (tickets sold).' },
  {
    name: 'acquisition',
    kind: 'Property',
    label: 'acquisition',
    definition: 'How a platform came to air a work (bought, co-produced, commissioned), as the source says.',
  },
  { name: 'classification', kind: 'Property', label: 'classification', definition: "Hong Kong's film classification: I, IIA, IIB or III." },
  { name: 'approximate', kind: 'Property', label: 'approximate', definition: 'True when the source gives the value as approximate.' },
  { name: 'award', kind: 'Property', label: 'award', definition: 'The honour a person or work received.' },
  { name: 'edition', kind: 'Property', label: 'edition', definition: "A festival's edition (the 16th, ...)." },
  { name: 'runtimeMinutes', kind: 'Property', label: 'runtime (minutes)', definition: "A work's running time in minutes." },
  { name: 'days', kind: 'Property', label: 'days', definition: 'A number of days (of a run in cinemas, of a festival).' },
  {
    name: 'claimOf',
    kind: 'Property',
    label: 'claim of',
    definition: "The fact a claim states: a fact's node (an rdf:Statement), or an entity whose own figures it states (a market year's).",
  },
  {
    name: 'claimedProperty',
    kind: 'Property',
    label: 'claimed property',
    definition: 'A predicate whose value the claim states (avx:boxOfficeHKD, ...): the claim carries the value under it, as the fact does.',
  },
  { name: 'preferred', kind: 'Property', label: 'preferred', definition: claimSentence('preferred') + ' False on every other claim.' },
  { name: 'asOf', kind: 'Property', label: 'as of', definition: claimSentence('asOf') },
  { name: 'counts', kind: 'Property', label: 'counts', definition: claimSentence('counts') },
  { name: 'stillShowing', kind: 'Property', label: 'still showing', definition: claimSentence('stillShowing') },
  { name: 'nameAsPrinted', kind: 'Property', label: 'name as printed', definition: claimSentence('nameAsPrinted') },
  { name: 'valueAsPrinted', kind: 'Property', label: 'value as printed', definition: claimSentence('valueAsPrinted') },
  { name: 'unit', kind: 'Property', label: 'unit', definition: claimSentence('unit') },
  { name: 'statement', kind: 'Property', label: 'statement', definition: claimSentence('statement') },
  { name: 'contradiction', kind: 'Property', label: 'contradiction', definition: claimSentence('contradiction') },
  ...Object.entries({ ...ENDPOINTS, ...ADDITIONAL_TYPES })
    .filter(([type]) => !SCHEMA_PREDICATES[type])
    .map(([type]): OwnTerm => ({
      name: camel(type),
      kind: 'Property',
      label: camel(type),
      definition: TYPE_DEFINITIONS[type] ?? `A relationship of type ${type}.`,
    })),
];

/** Every own term with a definition of its own, by name. */
export const OWN_TERMS: ReadonlyMap<string, OwnTerm> = new Map([...OWN_CLASSES, ...OWN_PROPERTIES].map((t) => [t.name, t]));

/** How a value of a property of no own definition is described: its kind, from its name (src/model/properties.ts). */
/** Typed by the model's kinds, so a new kind cannot go without its words. */
const KIND_WORDS: Record<PropertyKind, string> = {
  year: 'a year',
  week: 'a week of the year (1-53)',
  date: 'a date',
  money: 'an amount of money in the currency its name ends with',
  share: 'a share in per cent',
  percent: 'a change in per cent',
  rating: 'a rating',
  count: 'a count',
  boolean: 'true or false',
  string: 'a text',
  strings: 'a list of texts',
};

/**
 * The own term of this name: one defined above, or one the graph's open property names make (`avx:launchYear`),
 * defined by the kind its name implies. Undefined for a name no property could have.
 */
export function ownTerm(name: string, isGraphProperty: (name: string) => boolean): OwnTerm | undefined {
  const defined = OWN_TERMS.get(name);
  if (defined) return defined;
  if (!isGraphProperty(name) || propertyMapping(name)?.predicate !== `${OWN_PREFIX}:${name}`) return undefined;
  const kind = kindOf(name);
  const what = kind ? KIND_WORDS[kind] : 'a value';
  return {
    name,
    kind: 'Property',
    label: name,
    definition: `The graph's property "${name}": ${what}, as the source gives it (see docs/model.md).`,
  };
}

export { NS };
