/**
 * The kinds of value properties hold, and the rules every write path checks a value against (the
 * seed load, the import, curation). A fact the paper does not give is absent: no rule accepts an
 * empty value or a placeholder 0 for a count.
 */
import { DERIVED_NAME_PROPERTIES } from './names';

export type PropValue = string | number | boolean | string[];

export type PropertyKind = 'string' | 'integer' | 'number' | 'boolean' | 'strings' | 'date' | 'percent' | 'share' | 'count';

/** Known property names with the kind of value they hold; other names may hold any plain value. */
export const PROPERTY_KINDS: Record<string, PropertyKind> = {
  id: 'string',
  name: 'string',
  nameZh: 'string',
  title: 'string',
  titleZh: 'string',
  kind: 'string',
  aliases: 'strings',
  genres: 'strings',
  languages: 'strings',
  roles: 'strings',
  year: 'integer',
  edition: 'integer',
  rank: 'count',
  episodes: 'count',
  runtimeMinutes: 'count',
  days: 'count',
  admissions: 'count',
  value: 'count',
  boxOfficeHKD: 'count',
  sharePct: 'share',
  rating: 'number',
  classification: 'string',
  timeSlot: 'string',
  acquisition: 'string',
  citation: 'string',
  doi: 'string',
  locator: 'string',
  source: 'string',
  role: 'string',
  note: 'string',
  award: 'string',
  slot: 'string',
  approximate: 'boolean',
  titleZhSource: 'string',
  nameZhSource: 'string',
  // Derived from titleZh / nameZh by src/model/names.ts on every write; never set by hand.
  ...Object.fromEntries(DERIVED_NAME_PROPERTIES.map((p) => [p, p === 'searchWholeZh' ? 'strings' : 'string'])),
};

/** The kind of a property: by its name, else by an ending that implies one, so new properties follow the same rules. */
export function kindOf(property: string): PropertyKind | undefined {
  if (PROPERTY_KINDS[property]) return PROPERTY_KINDS[property];
  if (property.endsWith('Date')) return 'date';
  if (property.endsWith('ChangePct')) return 'percent';
  if (property.endsWith('Pct')) return 'share';
  if (/(HKD|CNY|USD|RMB)$/.test(property)) return 'number';
  return undefined;
}

/** Whether a number of this property is stored as a float even when whole (a share of 13.0, a rating of 23.0). */
export const isFractional = (property: string): boolean =>
  ['share', 'percent', 'number'].includes(kindOf(property) ?? '') || property === 'rating' || property.endsWith('Rating');

/**
 * How many decimals an average (or a sum of fractions) of a property is given to: the precision the paper prints
 * its values at. Whole units for counts, years and money (Tables 4 and 7 print whole HK$ and admissions), two for
 * ratings (Table 6: 16.45) and for percentages (Tables 2-3: -21.17), two for any other number.
 */
export function averageDecimals(property: string): number {
  const kind = kindOf(property);
  if (kind === 'count' || kind === 'integer' || /(HKD|CNY|USD|RMB|TWD|SGD|MYR)$/.test(property)) return 0;
  return 2;
}

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Why a value does not fit its property's kind, or undefined when it fits. */
export function valueProblem(kind: PropertyKind | undefined, value: unknown): string | undefined {
  const shown = JSON.stringify(value);
  if (value === null || value === '' || value === undefined) return 'is empty; leave an unknown value out instead';
  if (Array.isArray(value)) {
    if (kind && kind !== 'strings') return `must be a single value, got the list ${shown}`;
    return value.every((v) => typeof v === 'string' && v !== '') ? undefined : `must be a list of non-empty strings, got ${shown}`;
  }
  switch (kind) {
    case 'strings':
      return `must be a list of strings, got ${shown}`;
    case 'string':
      return typeof value === 'string' ? undefined : `must be a string, got ${shown}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, got ${shown}`;
    case 'date':
      if (typeof value !== 'string') return `must be a date string YYYY-MM-DD, got ${shown}`;
      return isRealDate(value) ? undefined : `${shown} is not a real calendar date (YYYY-MM-DD)`;
    case 'integer':
      return Number.isInteger(value) ? undefined : `must be a whole number, got ${shown}`;
    case 'count':
      if (value === 0) return 'is 0; a value the paper does not give is left out, never 0';
      return Number.isInteger(value) && (value as number) > 0 ? undefined : `must be a whole number above 0, got ${shown}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `must be a number, got ${shown}`;
    case 'share':
      if (typeof value !== 'number') return `must be a percentage number, got ${shown}`;
      return value >= 0 && value <= 100 ? undefined : `is a share of ${value}%, outside 0 to 100`;
    case 'percent':
      if (typeof value !== 'number') return `must be a percentage number, got ${shown}`;
      return value >= -100 && value <= 1000 ? undefined : `is a change of ${value}%, outside -100 to 1000`;
    default:
      return ['string', 'number', 'boolean'].includes(typeof value)
        ? undefined
        : `must be a string, number, boolean or list of strings, got ${shown}`;
  }
}
