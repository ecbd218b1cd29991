import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { Props } from '../../graph/questions';
import type { RequestContext } from '../context';
import type { Entity } from '../node';
import { Region } from '../region';
import { checkedAnswer, entityArg, HONG_KONG } from './args';
import { CitedFact, entity } from './citedFact';
import { rowsFromSources, sourcesArgOptions } from '../sources';

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description:
    "A region's films released in another market in one year (FILMS_SHOWN_IN). Box office is in the " + 'currency the paper prints.',
})
export class FilmsInMarket extends CitedFact {
  @Field(() => Region, { description: 'The market the films were released in.' })
  market!: Entity;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Films released there.' })
  films?: number;

  @Field(() => Int, { nullable: true, description: 'Co-productions among them.' })
  coProductions?: number;

  @Field(() => Float, { nullable: true, description: 'Box office, in boxOfficeCurrency.' })
  boxOffice?: number;

  @Field({ nullable: true, description: 'CNY, TWD, SGD, MYR or USD; null where the paper prints a bare "$" (see boxOfficeCurrencyNote).' })
  boxOfficeCurrency?: string;

  @Field({ nullable: true, description: 'What the paper prints when the currency is unclear.' })
  boxOfficeCurrencyNote?: string;

  @Field({ nullable: true, description: 'True when the paper gives the figures as approximate.' })
  approximate?: boolean;

  @Field({ nullable: true, description: 'The report the paper takes the figure from.' })
  dataSource?: string;

  @Field({ nullable: true, description: 'What else the paper says of these films.' })
  note?: string;

  @Field(() => GraphQLJSONObject, { description: 'Every property of the fact, e.g. counts of films over a threshold.' })
  properties!: Props;
}

/** The fact's box office, whichever currency property carries it (boxOfficeCNY, ..., boxOfficeDollars). */
function boxOfficeOf(fact: Props): { boxOffice?: number; boxOfficeCurrency?: string } {
  const key = Object.keys(fact).find((k) => /^boxOffice([A-Z]{3}|Dollars)$/.test(k));
  if (!key) return {};
  const currency = key.slice('boxOffice'.length);
  return { boxOffice: fact[key] as number, boxOfficeCurrency: currency === 'Dollars' ? undefined : currency };
}

/** Question 12: how a region's films did in other markets. */
@Resolver()
export class FilmsAbroadResolver {
  @Query(() => [FilmsInMarket], {
    description:
      "Question 12. How a region's films did abroad in one year (Hong Kong in 2022 by default): films " +
      'released and box office per market, most films first.',
  })
  async filmsAbroad(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { defaultValue: 2022, description: 'The year of the releases.' }) year: number,
    @Arg('originRegionId', () => ID, { defaultValue: HONG_KONG, description: 'Whose films.' }) originRegionId: string,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const rows = await checkedAnswer(questionsData.filmsAbroad(ctx.store.graph, originRegionId, year), () => [
      entityArg(ctx, 'originRegionId', originRegionId, 'Region'),
    ]);
    return (await rowsFromSources(ctx, sources, rows)).map((row) => ({
      ...row.fact,
      ...boxOfficeOf(row.fact),
      properties: row.fact,
      market: entity('Region', row.market),
    }));
  }
}
