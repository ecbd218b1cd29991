/**
 * The ranges values of the model may take: numbers by their kind, text by its size and characters, lists by
 * their length, records by how many properties they hold. One home: every write path (curation, import, seed)
 * checks through src/model/checks.ts, aggregates skip stored numbers outside these ranges, and the API's
 * readers answer a stored value outside them as null with a BAD_STORED_VALUE error (docs/model.md, "Ranges").
 */

/**
 * The archive's span of years: from 1880, before the first films (1888), to 2100, room for works and plans
 * announced ahead. The seed's years run from 1986 to 2025.
 */
export const YEAR_SPAN = { min: 1880, max: 2100 } as const;

/** The largest whole number JSON and JavaScript carry exactly (2^53-1): beyond it a number is rounded, never stored. */
export const MAX_WHOLE = Number.MAX_SAFE_INTEGER;

export interface NumericRange {
  min: number;
  max: number;
  /** Whether only whole numbers fit. */
  whole: boolean;
}

/** The range of each numeric kind of src/model/properties.ts. */
export const NUMERIC_RANGES = {
  /** A calendar year (`year`, `effectiveYear`, `launchYear`, ...). */
  year: { min: YEAR_SPAN.min, max: YEAR_SPAN.max, whole: true },
  /** Counts, ranks, editions, days, admissions, the trade-flow value: 0 is a fact the paper does not give, left out. */
  count: { min: 1, max: MAX_WHOLE, whole: true },
  /** A week of a year, as the sources number them (`week`: Wikipedia's weekly number-one films); a year has 52 or 53. */
  week: { min: 1, max: 53, whole: true },
  /** Money in a stated currency (`boxOfficeHKD`, `amountUSD`, ...): the paper prints whole units. */
  money: { min: 0, max: MAX_WHOLE, whole: true },
  /** A share of a whole, in percent (`sharePct`). */
  share: { min: 0, max: 100, whole: false },
  /** A change, in percent (`firstRunReleasesChangePct`): a fall to nothing at most, a rise to ten times. */
  percent: { min: -100, max: 1000, whole: false },
  /** TV rating points (`rating`, `peakRating`): a percentage of the audience. */
  rating: { min: 0, max: 100, whole: false },
  /** A number of a property the model has no kind for (a new key): any number JSON carries exactly. */
  number: { min: -MAX_WHOLE, max: MAX_WHOLE, whole: false },
} as const satisfies Record<string, NumericRange>;

export type NumericKind = keyof typeof NUMERIC_RANGES;

/** Text limits, in characters (Unicode code points). */
export const TEXT_LIMITS = {
  /** Names and titles (`name`, `title`, `nameZh`, `titleZh`, each alias). */
  name: 300,
  /** Remarks, quotations and locators (`note`, `citation`, `statement`, any `...Note`; a CITED_IN's `locator` joins every record's). */
  long: 10_000,
  /** Any other text (a kind, a source id, an id, a new key's text). */
  other: 1_000,
} as const;

const NAME_TEXT = new Set(['name', 'title', 'nameZh', 'titleZh', 'aliases']);
const LONG_TEXT = new Set(['note', 'citation', 'statement', 'locator']);

/** The most characters a property's text (or each item of its list) may hold. */
export function textLimit(property: string): number {
  if (NAME_TEXT.has(property)) return TEXT_LIMITS.name;
  if (LONG_TEXT.has(property) || property.endsWith('Note')) return TEXT_LIMITS.long;
  return TEXT_LIMITS.other;
}

/** The most items a list property holds (the seed's longest holds 5). */
export const MAX_LIST_ITEMS = 100;

/**
 * The most properties one entity or relationship holds, not counting those the server sets (`id`, `source`,
 * `locator`) or derives (the Chinese name forms, `sortName`). The seed's fullest node holds 32.
 */
export const MAX_PROPERTIES = 64;

/**
 * A property's name: a letter, then letters, digits or `_`, at most 64 in all (the seed's are camelCase).
 * A new name is allowed where it follows this rule; its kind follows from its ending (properties.ts kindOf).
 */
export const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** C0 and C1 control characters (a tab and a newline among them) and DEL: nothing the paper prints. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/** Bidirectional embeddings, overrides and isolates: they reorder what a reader sees (U+202A-202E, U+2066-2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** White space and invisible format characters (zero-width space U+200B, byte-order mark U+FEFF, soft hyphen, ...). */
const INVISIBLE = /[\s\p{Cf}]/gu;

const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text may not be a value of `property`, or undefined when it may. */
export function textProblem(property: string, text: string): string | undefined {
  if (text.replace(INVISIBLE, '') === '') return 'is blank (only white space or invisible characters); leave an unknown value out instead';
  const control = CONTROL.exec(text);
  if (control) return `holds the control character ${codePoint(control[0])}; text may hold no control characters`;
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) return `holds the bidirectional control ${codePoint(bidi[0])}; text may hold no bidirectional overrides or isolates`;
  const limit = textLimit(property);
  const length = [...text].length;
  return length > limit ? `is ${length} characters long; ${property} holds at most ${limit}` : undefined;
}

/** Why a number is outside a kind's range, or undefined when it is inside. */
export function rangeProblem(kind: NumericKind, value: number): string | undefined {
  const range: NumericRange = NUMERIC_RANGES[kind];
  const shown = String(value);
  if (!Number.isFinite(value)) return `must be a finite number, got ${shown}`;
  if (Math.abs(value) > MAX_WHOLE || (Number.isInteger(value) && !Number.isSafeInteger(value)))
    return `is ${shown}, beyond 2^53-1 (${MAX_WHOLE}), where numbers lose precision; it is refused, not rounded`;
  if (range.whole && !Number.isInteger(value)) return `must be a whole number from ${range.min} to ${range.max}, got ${shown}`;
  const what = kind === 'share' ? `a share of ${shown}%` : kind === 'percent' ? `a change of ${shown}%` : shown;
  if (value < range.min || value > range.max) return `is ${what}, outside ${rangeText(kind)}`;
  return undefined;
}

/** A kind's range in words, as errors and docs/model.md give it. */
export function rangeText(kind: NumericKind): string {
  const { min, max, whole } = NUMERIC_RANGES[kind] as NumericRange;
  const bound = (n: number) => (Math.abs(n) === MAX_WHOLE ? `${n < 0 ? '-' : ''}2^53-1` : String(n));
  return `${whole ? 'whole numbers ' : ''}${bound(min)} to ${bound(max)}`;
}
