import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { RequestContext } from '../context';
import type { Entity } from '../node';
import { Work } from '../work';
import { checkedAnswer, entityArg, HONG_KONG } from './args';
import { CitedFact, entity, RegionFact, regionFact } from './citedFact';
import { rowsFromSources, sourcesArgOptions } from '../sources';

@ObjectType({ simpleResolvers: true, implements: CitedFact, description: 'An original work and its remake (REMADE_AS).' })
export class RemakePair extends CitedFact {
  @Field(() => Work, { description: 'The original work.' })
  original!: Entity;

  @Field(() => Work, { description: 'The remake.' })
  remake!: Entity;

  @Field(() => Int, { nullable: true, description: "The remake's year." })
  year?: number;

  @Field({ nullable: true, description: 'True when the remake is announced but not yet released.' })
  planned?: boolean;

  @Field({ nullable: true, description: 'What the paper leaves open, e.g. an original it does not name.' })
  note?: string;

  @Field(() => [RegionFact], { description: 'Where the remake comes from.' })
  remakeOrigins!: object[];
}

/** Question 4: a region's films that were remade, and where. */
@Resolver()
export class RemakeResolver {
  @Query(() => [RemakePair], {
    description:
      'Question 4. Films from a region that were remade, as what and where: each original with its remake, the ' +
      "remake's year and the regions the remake comes from, earliest remake first.",
  })
  async remakes(
    @Ctx() ctx: RequestContext,
    @Arg('originRegionId', () => ID, { defaultValue: HONG_KONG, description: 'Where the originals come from.' }) originRegionId: string,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const rows = await checkedAnswer(questionsData.remakes(ctx.store.graph, originRegionId), () => [
      entityArg(ctx, 'originRegionId', originRegionId, 'Region'),
    ]);
    return (await rowsFromSources(ctx, sources, rows)).map((row) => ({
      ...row.fact,
      original: entity('Work', row.original),
      remake: entity('Work', row.remake),
      remakeOrigins: row.remakeOrigins.map(regionFact),
    }));
  }
}
