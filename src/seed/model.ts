/**
 * The labels, relationship types and property types the seed may use. The core is the public
 * contract of ../shared/graph-model.md; docs/model.md documents every entry with unit and example.
 */
export const LABEL_PREFIX: Record<string, string> = {
  Region: 'region',
  Work: 'work',
  Studio: 'studio',
  Platform: 'platform',
  Person: 'person',
  Policy: 'policy',
  Festival: 'festival',
  Source: 'source',
  MarketYear: 'marketyear',
  Agreement: 'agreement',
};

export const LABELS = Object.keys(LABEL_PREFIX);

/** The property every entity of a label must have: a work's title, anything else's name. */
export const nameField = (label: string): string => (label === 'Work' ? 'title' : 'name');

/** Which labels a core relationship type joins; `*` is any label. Types not listed are free. */
export const ENDPOINTS: Record<string, [string[], string[]]> = {
  CO_PRODUCED: [['Studio', 'Region'], ['Work']],
  AIRED_ON: [['Work'], ['Platform']],
  REMADE_AS: [['Work'], ['Work']],
  ENABLED_BY: [['Work', 'Studio', 'Platform', 'Policy'], ['Policy']],
  ORIGINATES_FROM: [['Work'], ['Region']],
  RELEASED_IN: [['Work'], ['Region']],
  IMPORTED_FROM: [['Region'], ['Region']],
  EXPORTED_TO: [['Region'], ['Region']],
  OPERATES: [['Studio'], ['Platform']],
  HONOURED_AT: [['Person', 'Work'], ['Festival']],
  SCREENED_AT: [['Work'], ['Festival']],
  FACTS_FOR: [['MarketYear'], ['Region', 'Platform', 'Studio']],
};

export type PropertyKind = 'string' | 'integer' | 'number' | 'boolean' | 'strings' | 'date' | 'percent' | 'share' | 'count';

/** Known property names with the kind of value they hold; other names may hold any plain value. */
export const PROPERTY_KINDS: Record<string, PropertyKind> = {
  id: 'string', name: 'string', nameZh: 'string', title: 'string', titleZh: 'string', kind: 'string',
  aliases: 'strings', genres: 'strings', languages: 'strings', roles: 'strings',
  year: 'integer', edition: 'integer', rank: 'count', episodes: 'count', runtimeMinutes: 'count',
  days: 'count', admissions: 'count', value: 'count', boxOfficeHKD: 'count',
  sharePct: 'share', rating: 'number', classification: 'string', timeSlot: 'string', acquisition: 'string',
  citation: 'string', doi: 'string', locator: 'string', source: 'string', role: 'string', note: 'string',
  award: 'string', slot: 'string', approximate: 'boolean',
};

/** Property-name endings that imply a kind, so new properties follow the same rules. */
export function kindOf(property: string): PropertyKind | undefined {
  if (PROPERTY_KINDS[property]) return PROPERTY_KINDS[property];
  if (property.endsWith('Date')) return 'date';
  if (property.endsWith('ChangePct')) return 'percent';
  if (property.endsWith('Pct')) return 'share';
  if (/(HKD|CNY|USD|RMB)$/.test(property)) return 'number';
  return undefined;
}

export const CLASSIFICATIONS = ['I', 'IIA', 'IIB', 'III'];
