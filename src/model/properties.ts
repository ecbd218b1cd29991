/**
 * The kinds of value properties hold, and the rules every write path checks a value against (the
 * seed load, the import, curation). A fact the paper does not give is absent: no rule accepts an
 * empty value or a placeholder 0 for a count.
 */
import { DERIVED_NAME_PROPERTIES } from './names';
import { MAX_LIST_ITEMS, NUMERIC_RANGES, NumericKind, NumericRange, rangeProblem, rangeText, textProblem, YEAR_SPAN } from './ranges';

export type PropValue = string | number | boolean | string[];

/** A numeric kind's range is in src/model/ranges.ts (NUMERIC_RANGES). */
export type PropertyKind = 'string' | 'boolean' | 'strings' | 'date' | Exclude<NumericKind, 'number'>;

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
  year: 'year',
  edition: 'count',
  week: 'week',
  rank: 'count',
  episodes: 'count',
  runtimeMinutes: 'count',
  days: 'count',
  admissions: 'count',
  value: 'count',
  boxOfficeHKD: 'count',
  sharePct: 'share',
  rating: 'rating',
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

/**
 * Money carries its currency in its name (docs/model.md, Conventions). The first four have been stored as floats
 * since the first seed (isFractional); the others are stored whole.
 */
const CURRENCIES = ['HKD', 'CNY', 'USD', 'RMB', 'TWD', 'SGD', 'MYR', 'Dollars'] as const;
const endsWithOneOf = (suffixes: readonly string[]) => new RegExp(`(${suffixes.join('|')})$`);
const MONEY = endsWithOneOf(CURRENCIES);
const FLOAT_MONEY = endsWithOneOf(CURRENCIES.slice(0, 4));

/** The kind of a property: by its name, else by an ending that implies one, so new properties follow the same rules. */
export function kindOf(property: string): PropertyKind | undefined {
  if (PROPERTY_KINDS[property]) return PROPERTY_KINDS[property];
  if (property.endsWith('Date')) return 'date';
  if (property.endsWith('Year')) return 'year';
  if (property.endsWith('ChangePct')) return 'percent';
  if (property.endsWith('Pct')) return 'share';
  if (property.endsWith('Rating')) return 'rating';
  if (MONEY.test(property)) return 'money';
  return undefined;
}

/** The numeric kind of a property: its own, or `number` (any number JSON carries exactly) for one of no numeric kind. */
export function numericKindOf(property: string): NumericKind {
  const kind = kindOf(property);
  return kind && kind in NUMERIC_RANGES ? (kind as NumericKind) : 'number';
}

/** The range a number of this property must be in (src/model/ranges.ts). */
export const rangeOf = (property: string): NumericRange => NUMERIC_RANGES[numericKindOf(property)];

/**
 * Whether a number of this property is stored as a float even when whole (a share of 13.0, a rating of 23.0).
 * Money in HK$, yuan and US$ has been stored so since the first seed; the other currencies whole.
 */
export const isFractional = (property: string): boolean =>
  ['share', 'percent', 'rating'].includes(kindOf(property) ?? '') || FLOAT_MONEY.test(property);

/**
 * How many decimals an average (or a sum of fractions) of a property is given to: the precision the paper prints
 * its values at. Whole units for counts, years and money (Tables 4 and 7 print whole HK$ and admissions), two for
 * ratings (Table 6: 16.45) and for percentages (Tables 2-3: -21.17), two for any other number.
 */
export function averageDecimals(property: string): number {
  const kind = kindOf(property);
  if (kind === 'count' || kind === 'week' || kind === 'year' || kind === 'money') return 0;
  return 2;
}

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Why a list does not fit its property's kind: each item a text by the property's rules, at most MAX_LIST_ITEMS. */
function listProblem(property: string, kind: PropertyKind | undefined, value: unknown[]): string | undefined {
  if (kind && kind !== 'strings') return `must be a single value, got a list of ${value.length}`;
  if (value.length > MAX_LIST_ITEMS) return `holds ${value.length} items; a list holds at most ${MAX_LIST_ITEMS}`;
  for (const [i, item] of value.entries()) {
    if (typeof item !== 'string') return `must be a list of non-empty strings, got ${JSON.stringify(item)} at [${i}]`;
    const problem = textProblem(property, item);
    if (problem) return `[${i}] ${problem}`;
  }
  return undefined;
}

function numberProblem(kind: NumericKind, value: unknown): string | undefined {
  if (typeof value === 'number') return rangeProblem(kind, value);
  const wanted = NUMERIC_RANGES[kind].whole ? 'a whole number' : 'a number';
  return `must be ${wanted} (${rangeText(kind)}), got ${JSON.stringify(value)?.slice(0, 80)}`;
}

/** Why a value does not fit its property's kind, or undefined when it fits. */
export function valueProblem(property: string, value: unknown): string | undefined {
  const kind = kindOf(property);
  const shown = JSON.stringify(value)?.slice(0, 80);
  if (value === null || value === '' || value === undefined) return 'is empty; leave an unknown value out instead';
  if (Array.isArray(value)) return listProblem(property, kind, value);
  switch (kind) {
    case 'strings':
      return `must be a list of strings, got ${shown}`;
    case 'string':
      return typeof value === 'string' ? textProblem(property, value) : `must be a string, got ${shown}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, got ${shown}`;
    case 'date':
      if (typeof value !== 'string') return `must be a date string YYYY-MM-DD, got ${shown}`;
      if (!isRealDate(value)) return `${shown} is not a real calendar date (YYYY-MM-DD)`;
      return rangeProblem('year', Number(value.slice(0, 4))) && `is ${value}, outside the years ${YEAR_SPAN.min} to ${YEAR_SPAN.max}`;
    case 'count':
      return value === 0 ? 'is 0; a value the paper does not give is left out, never 0' : numberProblem(kind, value);
    case undefined:
      if (typeof value === 'string') return textProblem(property, value);
      if (typeof value === 'number') return rangeProblem('number', value);
      return typeof value === 'boolean' ? undefined : `must be a string, number, boolean or list of strings, got ${shown}`;
    default:
      return numberProblem(kind, value);
  }
}
