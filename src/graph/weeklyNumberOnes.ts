import DataLoader from 'dataloader';
import type { Graph } from './graph';
import {
  decodeWeekRow,
  WEEKLY_NUMBER_ONES,
  weeklyNumberOnesParams,
  type WeekRow,
  type WeeklyNumberOnesRequest,
} from './statements/weeklyNumberOnes';

export type { WeekRow, WeeklyNumberOnesRequest } from './statements/weeklyNumberOnes';

/**
 * A request's loader of the weekly number-one series: every weeklyNumberOnes field of one tick (aliases, one per
 * market or range) is one statement, and two fields asking the same are asked once.
 */
export const weeklyNumberOnesLoader = (graph: Graph): DataLoader<WeeklyNumberOnesRequest, WeekRow[], string> =>
  new DataLoader(
    async (requests) => {
      const rows = await graph.read(WEEKLY_NUMBER_ONES, weeklyNumberOnesParams(requests));
      const weeks: WeekRow[][] = requests.map(() => []);
      for (const { request, week } of rows.map(decodeWeekRow)) weeks[request].push(week);
      return weeks;
    },
    { cacheKeyFn: (r) => JSON.stringify([r.marketId, r.year, r.weekFrom, r.weekTo, r.workId]) },
  );
