import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { RequestContext } from '../context';
import { checkedAnswer, entityArg, HONG_KONG, rangeArg } from './args';
import { TABLE_YEARS, TradeFlow, tradeFlow, tradeFlowsFromSources } from './tradeFlow';
import type { FactReads } from '../../graph/projection';
import { sourcesArgOptions } from '../sources';

/** Question 2: where Hong Kong's film and TV-related imports came from (Table 1). */
@Resolver()
export class ImportResolver {
  @Query(() => [TradeFlow], {
    description:
      "Question 2. The top five regions Hong Kong's film and TV-related creative products came from in one " +
      'year (Table 1), by rank, with value in HK$ thousands and share.',
  })
  async importRanking(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('year', () => Int, { description: 'A year of Table 1 (2011-2022).' }) year: number,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const years = { from: year, to: year };
    const read = (reads: FactReads) => questionsData.importRanking(ctx.store.graph, HONG_KONG, years, reads);
    return (await tradeFlowsFromSources(ctx, info, sources, read)).map(tradeFlow);
  }

  @Query(() => [TradeFlow], {
    description: 'Question 2, every year at once: the Table 1 top five of each year from `from` to `to`, by year and rank.',
  })
  async importRankings(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('from', () => Int, { defaultValue: TABLE_YEARS.from, description: 'First year.' }) from: number,
    @Arg('to', () => Int, { defaultValue: TABLE_YEARS.to, description: 'Last year.' }) to: number,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    rangeArg(from, to);
    const read = (reads: FactReads) => questionsData.importRanking(ctx.store.graph, HONG_KONG, { from, to }, reads);
    return (await tradeFlowsFromSources(ctx, info, sources, read)).map(tradeFlow);
  }

  @Query(() => [TradeFlow], {
    description:
      "Question 2, one region over time: its rank, value and share among Hong Kong's import sources, year by " +
      'year. Years in which it is outside the top five are absent: Table 1 does not give them.',
  })
  async importSharesByYear(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('regionId', () => ID, { description: 'The source region, e.g. "region:mainland-china".' }) regionId: string,
    @Arg('from', () => Int, { nullable: true, description: 'First year (default: the earliest known).' }) from?: number,
    @Arg('to', () => Int, { nullable: true, description: 'Last year (default: the latest known).' }) to?: number,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    rangeArg(from, to);
    const years = { from: from ?? null, to: to ?? null };
    const read = (reads: FactReads) =>
      checkedAnswer(questionsData.importSharesByYear(ctx.store.graph, HONG_KONG, regionId, years, reads), () => [
        entityArg(ctx, 'regionId', regionId, 'Region'),
      ]);
    return (await tradeFlowsFromSources(ctx, info, sources, read)).map(tradeFlow);
  }
}
