import type { Params, Row } from './statement';

/**
 * The weekly number-one series (cypher/weeklyNumberOnes.cypher): its name, the parameters it takes for a batch of
 * questions, and the decoder of its rows.
 */
export const WEEKLY_NUMBER_ONES = 'weeklyNumberOnes';

/** One question about the series; a null leaves its filter off. */
export interface WeeklyNumberOnesRequest {
  marketId: string;
  year: number | null;
  weekFrom: number | null;
  weekTo: number | null;
  workId: string | null;
}

/** The statement's parameters for a batch: each request numbered by its place, which its rows carry back. */
export const weeklyNumberOnesParams = (requests: readonly WeeklyNumberOnesRequest[]): Params => ({
  requests: requests.map((r, request) => ({ request, ...r })),
});

/** One week of the series: the fact's properties (week, grosses, source, locator), the film's and the market's. */
export interface WeekRow {
  fact: Record<string, unknown>;
  work: Record<string, unknown>;
  market: Record<string, unknown>;
}

export const decodeWeekRow = (row: Row): { request: number; week: WeekRow } => ({
  request: row.request as number,
  week: { fact: row.fact as WeekRow['fact'], work: row.work as WeekRow['work'], market: row.market as WeekRow['market'] },
});
