/** Properties whose values come from a fixed list, as docs/model.md gives them. */

/** Hong Kong's film classification (the paper prints Ⅱ A etc.). */
export const CLASSIFICATIONS: readonly string[] = ['I', 'IIA', 'IIB', 'III'];

/** What a Work is. */
export const WORK_KINDS = ['FILM', 'TV_DRAMA', 'ANIMATION', 'DOCUMENTARY', 'PROGRAMME'] as const;

/**
 * The `kind` each label's entities may have. A Source's kind is open (OPEN_KIND): each new publisher may bring a
 * kind of its own (`news`, `trade-press`), so adding a source needs no change here.
 */
export const KINDS: Record<string, readonly string[]> = {
  Region: ['COUNTRY', 'TERRITORY', 'PROVINCE', 'CITY', 'METROPOLITAN_AREA', 'CONTINENT'],
  Work: WORK_KINDS,
  Studio: ['BROADCASTER', 'STREAMER', 'PRODUCTION_COMPANY', 'GOVERNMENT_BODY', 'TRADE_BODY', 'RESEARCH_FIRM'],
  Platform: ['TV_CHANNEL', 'STREAMING_SERVICE', 'APP', 'SOCIAL_MEDIA'],
  Policy: ['AGREEMENT', 'AMENDMENT', 'FUND', 'FUNDING_INJECTION', 'SCHEME', 'GOVERNMENT_INITIATIVE', 'INDUSTRY_INITIATIVE'],
  Festival: ['FESTIVAL', 'MARKET', 'AWARD', 'FILM_WEEK', 'EXHIBITION'],
  MarketYear: ['CINEMA_MARKET', 'TV_SCHEDULE', 'TV_DRAMA_MARKET', 'TRADE', 'CO_PRODUCTION_APPROVALS', 'ANIMATION_EXPORTS'],
  Agreement: ['PARTNERSHIP', 'FRAMEWORK_COOPERATION'],
};

/** Labels whose `kind` is any lower-case kebab-case word rather than one of a list; docs/model.md gives the kinds in use. */
export const OPEN_KIND_LABELS: readonly string[] = ['Source'];

/** An open kind: lower-case words joined by hyphens (`general-knowledge`, `trade-press`). */
export const OPEN_KIND = /^[a-z]+(-[a-z]+)*$/;

/** Why `value` is not a kind of `label` whose kinds are open, or undefined (also when the label's kinds are listed). */
export function openKindProblem(label: string | undefined, value: unknown): string | undefined {
  if (!label || !OPEN_KIND_LABELS.includes(label) || (typeof value === 'string' && OPEN_KIND.test(value))) return undefined;
  return `${JSON.stringify(value)} is not a kind of ${label}: lower-case words joined by hyphens (e.g. "trade-press")`;
}

/** The values a property of a label may take, or undefined when it is not enumerated. */
export function allowedValues(label: string | undefined, property: string): readonly string[] | undefined {
  if (property === 'classification') return CLASSIFICATIONS;
  return property === 'kind' && label ? KINDS[label] : undefined;
}

/** An enumeration as a schema description lists it: "A, B or C". */
export const listed = (values: readonly string[]): string => `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
