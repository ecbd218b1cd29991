import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ALL_PROPERTIES, type FactReads } from '../../graph/projection';
import type { TradeFlowRow } from '../../graph/questions';
import type { RequestContext } from '../context';
import { tradeFlowReads } from '../selection';
import { rowsFromSources } from '../sources';
import type { Entity } from '../node';
import { Region } from '../region';
import { CitedFact, entity } from './citedFact';

// The answer type of Table 1 (imports.ts) and Table 8 (exports.ts).

/** The years Tables 1 and 8 cover. */
export const TABLE_YEARS = { from: 2011, to: 2022 };

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description:
    "One row of Hong Kong's trade in film and TV-related creative products (Table 1 imports, Table 8 exports): " +
    'the partner region in one year. Cells the paper leaves illegible are null.',
})
export class TradeFlow extends CitedFact {
  @Field(() => Int, { description: 'The year of the trade.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Rank among the top five of that year.' })
  rank?: number;

  @Field(() => Region, { description: 'The partner: where the imports come from, or where the exports go.' })
  region!: Entity;

  @Field(() => Float, { nullable: true, description: 'Value in HK$ thousands.' })
  value?: number;

  @Field(() => Float, { nullable: true, description: "Share of that year's total in percent, as printed (29.1 means 29.1%)." })
  sharePct?: number;

  @Field({ nullable: true, description: 'What the paper leaves uncertain, e.g. a cell lost in the extracted text.' })
  note?: string;
}

export const tradeFlow = (row: TradeFlowRow) => ({ ...row.flow, region: entity('Region', row.region) });

/**
 * Trade flows as the sources asked for state them (src/schema/sources.ts): read with every property (their id and
 * source) when `sources` is given, else with only those the query selects; a flow no listed source states is left out.
 */
export async function tradeFlowsFromSources(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  sources: string[] | undefined,
  read: (reads: FactReads) => Promise<TradeFlowRow[]>,
): Promise<TradeFlowRow[]> {
  const rows = await read(sources ? ALL_PROPERTIES : tradeFlowReads(info));
  return rowsFromSources(
    ctx,
    sources,
    rows,
    (row) => row.flow,
    (row, flow) => ({ ...row, flow }),
  );
}
