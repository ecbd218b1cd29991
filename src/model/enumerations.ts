/** Properties whose values come from a fixed list, as docs/model.md gives them. */

/** Hong Kong's film classification (the paper prints Ⅱ A etc.). */
export const CLASSIFICATIONS: readonly string[] = ['I', 'IIA', 'IIB', 'III'];

/** What a Work is. */
export const WORK_KINDS = ['FILM', 'TV_DRAMA', 'ANIMATION', 'DOCUMENTARY', 'PROGRAMME'] as const;

/** The `kind` each label's entities may have. */
export const KINDS: Record<string, readonly string[]> = {
  Source: ['paper', 'general-knowledge', 'footnote'],
  Region: ['COUNTRY', 'TERRITORY', 'PROVINCE', 'CITY', 'METROPOLITAN_AREA', 'CONTINENT'],
  Work: WORK_KINDS,
  Studio: ['BROADCASTER', 'STREAMER', 'PRODUCTION_COMPANY', 'GOVERNMENT_BODY', 'TRADE_BODY', 'RESEARCH_FIRM'],
  Platform: ['TV_CHANNEL', 'STREAMING_SERVICE', 'APP', 'SOCIAL_MEDIA'],
  Policy: ['AGREEMENT', 'AMENDMENT', 'FUND', 'FUNDING_INJECTION', 'SCHEME', 'GOVERNMENT_INITIATIVE', 'INDUSTRY_INITIATIVE'],
  Festival: ['FESTIVAL', 'MARKET', 'AWARD', 'FILM_WEEK', 'EXHIBITION'],
  MarketYear: ['CINEMA_MARKET', 'TV_SCHEDULE', 'TV_DRAMA_MARKET', 'TRADE', 'CO_PRODUCTION_APPROVALS', 'ANIMATION_EXPORTS'],
  Agreement: ['PARTNERSHIP', 'FRAMEWORK_COOPERATION'],
};

/** The values a property of a label may take, or undefined when it is not enumerated. */
export function allowedValues(label: string | undefined, property: string): readonly string[] | undefined {
  if (property === 'classification') return CLASSIFICATIONS;
  return property === 'kind' && label ? KINDS[label] : undefined;
}

/** An enumeration as a schema description lists it: "A, B or C". */
export const listed = (values: readonly string[]): string => `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
