import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { RequestContext } from '../context';
import type { Entity } from '../node';
import { Platform } from '../platform';
import { Work } from '../work';
import { badInput, checkedAnswer, entityArg } from './args';
import { rowsFromSources, sourcesArgOptions } from '../sources';
import { CitedFact, entity } from './citedFact';

const JADE = 'platform:tvb-jade';
/** How a broadcaster got a work, in the contract's words (graph-model.md, AIRED_ON.acquisition). */
const ACQUISITIONS = ['in-house', 'outsourced', 'purchased', 'co-produced'];

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description: 'A work aired on a platform (AIRED_ON): when, in which slot, how acquired, with ratings.',
})
export class Airing extends CitedFact {
  @Field(() => Work, { description: 'The work aired.' })
  work!: Entity;

  @Field(() => Platform, { description: 'The channel or service.' })
  platform!: Entity;

  @Field(() => Int, { nullable: true, description: 'The year of the airing.' })
  year?: number;

  @Field({ nullable: true, description: 'First day (ISO).' })
  startDate?: string;

  @Field({ nullable: true, description: 'Last day (ISO).' })
  endDate?: string;

  @Field({ nullable: true, description: 'Month it started (YYYY-MM), where only the month is given.' })
  startMonth?: string;

  @Field({ nullable: true, description: 'A period, e.g. "since the 1990s".' })
  period?: string;

  @Field({ nullable: true, description: 'Time slot, e.g. "20:30-21:30".' })
  timeSlot?: string;

  @Field({ nullable: true, description: 'e.g. "Monday to Friday".' })
  airDays?: string;

  @Field(() => Int, { nullable: true, description: 'Number of episodes.' })
  episodes?: number;

  @Field(() => Float, { nullable: true, description: 'TV rating points.' })
  rating?: number;

  @Field(() => Float, { nullable: true, description: 'Peak TV rating points.' })
  peakRating?: number;

  @Field(() => Int, { nullable: true, description: 'Place on the year-end ratings list.' })
  ratingRank?: number;

  @Field({ nullable: true, description: 'True for the prime-time airings of Table 6.' })
  primeTime?: boolean;

  @Field({ nullable: true, description: 'How the broadcaster got the work: outsourced, purchased, ... as the paper says.' })
  acquisition?: string;

  @Field({ nullable: true, description: 'True when released on two platforms at once.' })
  simulcast?: boolean;

  @Field({ nullable: true, description: 'What the paper leaves uncertain or says besides.' })
  note?: string;
}

const airing = (row: questionsData.AiringRow) => ({
  ...row.fact,
  work: entity('Work', row.work),
  platform: entity('Platform', row.platform),
});

/** Questions 5 and 14: what a platform aired, in prime time or by how it got the works (Tables 5 and 6). */
@Resolver()
export class AiringResolver {
  @Query(() => [Airing], {
    description:
      'Question 5. Dramas a platform aired in prime time (Table 6), with their TV ratings, by year and then ' +
      'highest rating first. E.g. Mainland dramas on TVB Jade: originRegionId "region:mainland-china".',
  })
  async primeTimeAirings(
    @Ctx() ctx: RequestContext,
    @Arg('platformId', () => ID, { defaultValue: JADE, description: 'The channel or service.' }) platformId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number,
    @Arg('originRegionId', () => ID, { nullable: true, description: 'Only works from this region.' }) originRegionId?: string,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const rows = await checkedAnswer(
      questionsData.primeTimeAirings(ctx.store.graph, { platformId, year: year ?? null, originRegionId: originRegionId ?? null }),
      () => [
        entityArg(ctx, 'platformId', platformId, 'Platform'),
        ...(originRegionId ? [entityArg(ctx, 'originRegionId', originRegionId, 'Region')] : []),
      ],
    );
    return (await rowsFromSources(ctx, sources, rows)).map(airing);
  }

  @Query(() => [Airing], {
    description:
      'Question 14. What a platform aired and how the broadcaster got each work (outsourced, purchased, ...), ' +
      'with air dates and time slots. E.g. TVB Jade 2024 with acquisition ["outsourced", "purchased"] lists the dramas ' +
      'bought or outsourced rather than made in-house (Table 5).',
  })
  async airingsByAcquisition(
    @Ctx() ctx: RequestContext,
    @Arg('platformId', () => ID, { defaultValue: JADE, description: 'The channel or service.' }) platformId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number,
    @Arg('acquisition', () => [String], { nullable: true, description: `Only these ways of acquiring: ${ACQUISITIONS.join(', ')}.` })
    acquisition?: string[],
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    const unknown = (acquisition ?? []).filter((a) => !ACQUISITIONS.includes(a));
    if (unknown.length > 0) throw badInput('acquisition', `${unknown.join(', ')} is not one of ${ACQUISITIONS.join(', ')}`);
    const rows = await checkedAnswer(
      questionsData.airingsByAcquisition(ctx.store.graph, { platformId, year: year ?? null, acquisition: acquisition ?? null }),
      () => [entityArg(ctx, 'platformId', platformId, 'Platform')],
    );
    return (await rowsFromSources(ctx, sources, rows)).map(airing);
  }
}
