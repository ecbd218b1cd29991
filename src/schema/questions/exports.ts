import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { TradeFlowRow } from '../../graph/questions';
import type { RequestContext } from '../context';
import { badInput, HONG_KONG, rangeArg } from './args';
import { TABLE_YEARS, TradeFlow, tradeFlow, tradeFlowsFromSources } from './tradeFlow';
import type { FactReads } from '../../graph/projection';
import { rowsFromSources, sourcesArgOptions } from '../sources';

const TOP_FIVE = [1, 2, 3, 4, 5];

enum ExportCoverage {
  COMPLETE = 'COMPLETE',
  PARTIAL = 'PARTIAL',
  PROSE_ONLY = 'PROSE_ONLY',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ExportCoverage, {
  name: 'ExportCoverage',
  description: 'How much the paper tells about one year of exports.',
  valuesConfig: {
    COMPLETE: { description: 'Table 8 gives all five destinations with value and share.' },
    PARTIAL: { description: 'Table 8 covers the year, but some cells or ranks are illegible.' },
    PROSE_ONLY: { description: "Table 8's block for the year is missing; only what the prose says is known." },
    UNKNOWN: { description: 'Nothing is known about the year.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "One year of Hong Kong's film and TV-related exports: what is known, and how completely.",
})
export class ExportYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => ExportCoverage, { description: 'How completely the paper gives the year.' })
  coverage!: ExportCoverage;

  @Field(() => [Int], { description: 'Ranks 1-5 for which no destination is known.' })
  missingRanks!: number[];

  @Field(() => [TradeFlow], { description: 'The destinations known, by rank.' })
  flows!: ReturnType<typeof tradeFlow>[];
}

function exportYear(year: number, rows: TradeFlowRow[]): ExportYear {
  const hasRank = (rank: number, complete: boolean) =>
    rows.some((r) => r.flow.rank === rank && (!complete || (r.flow.value !== undefined && r.flow.sharePct !== undefined)));
  let coverage = ExportCoverage.PARTIAL;
  if (rows.length === 0) coverage = ExportCoverage.UNKNOWN;
  else if (!rows.some((r) => r.fromTable)) coverage = ExportCoverage.PROSE_ONLY;
  else if (TOP_FIVE.every((rank) => hasRank(rank, true))) coverage = ExportCoverage.COMPLETE;
  return { year, coverage, missingRanks: TOP_FIVE.filter((rank) => !hasRank(rank, false)), flows: rows.map(tradeFlow) };
}

/** Question 3: where Hong Kong's film and TV-related exports went (Table 8 and the prose). */
@Resolver()
export class ExportResolver {
  @Query(() => [TradeFlow], {
    description:
      "Question 3. Where Hong Kong's film and TV-related creative products went in one year (Table 8, and the " +
      'prose where the table is missing): destination, rank, value and share, each where legible.',
  })
  async exportsByYear(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('year', () => Int, { description: 'The year, e.g. 2022.' }) year: number,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const read = (reads: FactReads) => questionsData.exportsByYear(ctx.store.graph, HONG_KONG, { from: year, to: year }, reads);
    return (await tradeFlowsFromSources(ctx, info, sources, read)).map(tradeFlow);
  }

  @Query(() => [ExportYear], {
    description:
      "Question 3, year by year: for each year from `from` to `to`, Hong Kong's known export destinations and " +
      'how complete the paper is about them (Table 8 lacks its 2017-2019 block and has illegible cells).',
  })
  async exportYears(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Int, { defaultValue: TABLE_YEARS.from, description: 'First year.' }) from: number,
    @Arg('to', () => Int, { defaultValue: TABLE_YEARS.to, description: 'Last year.' }) to: number,
    @Arg('sources', () => [ID], {
      ...sourcesArgOptions,
      description: `${sourcesArgOptions.description} Coverage is then of what the sources state.`,
    })
    sources?: string[],
  ): Promise<ExportYear[]> {
    rangeArg(from, to);
    if (to - from > 100) throw badInput('to', 'ask about at most 100 years at once');
    const held = await questionsData.exportsByYear(ctx.store.graph, HONG_KONG, { from, to });
    const rows = await rowsFromSources(
      ctx,
      sources,
      held,
      (row) => row.flow,
      (row, flow) => ({ ...row, flow }),
    );
    return Array.from({ length: to - from + 1 }, (_, i) => from + i).map((year) =>
      exportYear(
        year,
        rows.filter((r) => r.flow.year === year),
      ),
    );
  }
}
