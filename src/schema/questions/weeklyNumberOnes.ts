import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { rangeProblem } from '../../model/ranges';
import { ErrorCode } from '../../errors';
import type { WeeklyNumberOnesRequest } from '../../graph/weeklyNumberOnes';
import type { RequestContext } from '../context';
import type { Entity } from '../node';
import { Region } from '../region';
import { Work } from '../work';
import { badInput, checkedAnswer, entityArg, HONG_KONG } from './args';
import { CitedFact, entity } from './citedFact';
import { rowsFromSources, sourcesArgOptions } from '../sources';

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description:
    "One week of a market's weekly box office series (NUMBER_ONE_IN): the film that was number one at that " +
    "weekend's box office, its weekend gross and its gross so far, in HK$, as its source gives them.",
})
export class WeeklyNumberOne extends CitedFact {
  @Field(() => Int, { description: 'The year the week belongs to.' })
  year!: number;

  @Field(() => Int, { description: "The week's number in its year, as the source numbers it (1-53)." })
  week!: number;

  @Field({
    nullable: true,
    description:
      "The weekend's first day (YYYY-MM-DD) where the source gives it; null where it does not (the copy of " +
      "Wikipedia's 2022 table read holds no dates), never worked out from the week number.",
  })
  startDate?: string;

  @Field({ nullable: true, description: "The weekend's last day (YYYY-MM-DD) where the source gives it; else null." })
  endDate?: string;

  @Field(() => Work, { description: 'The film that was number one that week.' })
  work!: Entity;

  @Field(() => Region, { description: 'The market whose box office it led.' })
  market!: Entity;

  @Field(() => Float, { nullable: true, description: "The film's gross that weekend, in HK$." })
  weekendGrossHKD?: number;

  @Field(() => Float, { nullable: true, description: "The film's gross from its release to the end of that weekend, in HK$." })
  grossToDateHKD?: number;
}

/** A week argument: a week of a year (src/model/ranges.ts) or left out. */
function weekArg(argument: string, week: number | null | undefined): number | null {
  if (week === null || week === undefined) return null;
  const problem = rangeProblem('week', week);
  if (problem) throw badInput(argument, problem);
  return week;
}

/** An id argument that filters the series: an id that names nothing is bad input here, as one of another type is. */
async function filterArg(ctx: RequestContext, argument: string, id: string, label: string): Promise<void> {
  await entityArg(ctx, argument, id, label).catch((err: GraphQLError) => {
    throw err.extensions?.code === ErrorCode.NOT_FOUND ? badInput(argument, `nothing in the graph has the id "${id}"`) : err;
  });
}

/** Issue 27: the weekly number-one films of a market, week by week. */
@Resolver()
export class WeeklyNumberOneResolver {
  @Query(() => [WeeklyNumberOne], {
    description:
      "The weekly number-one films of a market's box office (Hong Kong by default): each week the film that led " +
      'the weekend box office, its weekend gross and gross to date, with source and locator, earliest week first. ' +
      'Weeks the source leaves out (cinemas closed) are absent.',
  })
  async weeklyNumberOnes(
    @Ctx() ctx: RequestContext,
    @Arg('market', () => ID, { defaultValue: HONG_KONG, description: 'The market (a Region).' }) market: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year (default: every year the graph holds).' }) year?: number,
    @Arg('weekFrom', () => Int, { nullable: true, description: 'First week (1-53).' }) weekFrom?: number,
    @Arg('weekTo', () => Int, { nullable: true, description: 'Last week (1-53).' }) weekTo?: number,
    @Arg('work', () => ID, { nullable: true, description: 'Only the weeks this film (a Work) was number one.' }) work?: string,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const request: WeeklyNumberOnesRequest = {
      marketId: market,
      year: year ?? null,
      weekFrom: weekArg('weekFrom', weekFrom),
      weekTo: weekArg('weekTo', weekTo),
      workId: work ?? null,
    };
    if (request.weekFrom !== null && request.weekTo !== null && request.weekFrom > request.weekTo)
      throw badInput('weekFrom', `${request.weekFrom} is after weekTo (${request.weekTo})`);
    const weeks = await checkedAnswer(ctx.store.weeklyNumberOnes(request), () => [
      filterArg(ctx, 'market', market, 'Region'),
      ...(work ? [filterArg(ctx, 'work', work, 'Work')] : []),
    ]);
    return (await rowsFromSources(ctx, sources, weeks)).map((w) => ({
      ...w.fact,
      work: entity('Work', w.work),
      market: entity('Region', w.market),
    }));
  }
}
