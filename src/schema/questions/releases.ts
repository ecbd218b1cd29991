import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { CLASSIFICATIONS, listed } from '../../model';
import * as questionsData from '../../graph/questions';
import { inNaturalOrder } from '../../graph/order';
import type { ReleaseFilterParams } from '../../graph/questions';
import type { RequestContext } from '../context';
import type { Entity } from '../node';
import { Region } from '../region';
import { Source } from '../source';
import { Work } from '../work';
import { badInput, entitiesArg, entityArg, HONG_KONG, isoDateArg, rangeArg } from './args';
import { CitedFact, entity, RegionFact, regionFact } from './citedFact';
import { checkedSources, sourcesArgOptions } from '../sources';

enum ReleaseOrder {
  BOX_OFFICE_DESC = 'BOX_OFFICE_DESC',
  START_DATE = 'START_DATE',
}
registerEnumType(ReleaseOrder, {
  name: 'ReleaseOrder',
  description: 'The order of a list of releases.',
  valuesConfig: {
    BOX_OFFICE_DESC: { description: 'Highest box office first; releases without a figure last.' },
    START_DATE: { description: 'Earliest first day first.' },
  },
});

@ArgsType()
class ReleaseFilter {
  @Field(() => ID, { defaultValue: HONG_KONG, description: 'The region of the cinemas.' })
  regionId!: string;

  @Field({ nullable: true, description: 'First day of the period (YYYY-MM-DD): releases starting on or after it.' })
  from?: string;

  @Field({
    nullable: true,
    description:
      'Last day of the period (YYYY-MM-DD): releases starting on or before it. A release known only by its year must fall wholly inside the period.',
  })
  to?: string;

  @Field(() => [ID], { nullable: true, description: 'Only works from these regions, e.g. ["region:mainland-china", "region:taiwan"].' })
  originRegionIds?: string[];

  @Field(() => Float, { nullable: true, description: 'Only releases that grossed at least this many HK$.' })
  minBoxOfficeHKD?: number;

  @Field(() => [ID], sourcesArgOptions)
  sources?: string[];
}

async function releaseFilter(ctx: RequestContext, args: ReleaseFilter): Promise<ReleaseFilterParams> {
  const from = isoDateArg('from', args.from);
  const to = isoDateArg('to', args.to);
  rangeArg(from, to);
  if (args.minBoxOfficeHKD !== undefined && args.minBoxOfficeHKD !== null && args.minBoxOfficeHKD < 0) {
    throw badInput('minBoxOfficeHKD', `must not be negative, got ${args.minBoxOfficeHKD}`);
  }
  const [sources] = await Promise.all([
    checkedSources(ctx, args.sources),
    entityArg(ctx, 'regionId', args.regionId, 'Region'),
    entitiesArg(ctx, 'originRegionIds', args.originRegionIds ?? [], 'Region'),
  ]);
  const filter = {
    regionId: args.regionId,
    from,
    to,
    originRegionIds: args.originRegionIds ?? null,
    minBoxOfficeHKD: args.minBoxOfficeHKD ?? null,
  };
  // Asked with sources, the releases as they state them; the statements then read those (one more statement each).
  return sources ? { ...filter, answered: await questionsData.answeredReleases(ctx.store.graph, filter, sources) } : filter;
}

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description: 'A cinema release (RELEASED_IN, Tables 4 and 7 and the prose): run, days, admissions, box office.',
})
export class Release extends CitedFact {
  @Field(() => Work, { description: 'The film released.' })
  work!: Entity;

  @Field(() => Region, { description: 'Where the film was shown.' })
  region!: Entity;

  @Field(() => [RegionFact], { description: 'Where the work comes from.' })
  origins!: object[];

  @Field({ nullable: true, description: `The work's Hong Kong classification: ${listed(CLASSIFICATIONS)}.` })
  classification?: string;

  @Field(() => Int, { nullable: true, description: 'The year of the release.' })
  year?: number;

  @Field({ nullable: true, description: 'First day (ISO).' })
  startDate?: string;

  @Field({ nullable: true, description: 'Last day (ISO); cumulative figures run to it, even into the next year.' })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'Days in theatres.' })
  days?: number;

  @Field(() => Int, { nullable: true, description: 'More than this many days in theatres, where the paper gives only a bound.' })
  daysOver?: number;

  @Field(() => Float, { nullable: true, description: 'Cumulative box office in HK$.' })
  boxOfficeHKD?: number;

  @Field(() => Int, { nullable: true, description: 'Cumulative admissions (visits).' })
  admissions?: number;

  @Field(() => Int, { nullable: true, description: 'Row number in Table 4 or 7.' })
  rank?: number;

  @Field(() => Int, { nullable: true, description: "Rank in the whole market's box office that year." })
  marketRank?: number;

  @Field(() => Int, { nullable: true, description: 'All-time box-office rank in the market.' })
  allTimeRank?: number;

  @Field({ nullable: true, description: 'True when the paper gives the figure as approximate.' })
  approximate?: boolean;

  @Field({ nullable: true, description: 'What else the paper says of the release, e.g. "longest release duration of 2022".' })
  note?: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Releases of works from one region, totalled. Sums and averages are over the releases that give the ' +
    'figure (see withBoxOffice, withAdmissions); a total with no figure behind it is null, never 0.',
})
export class ReleaseTotals {
  @Field(() => Region, { nullable: true, description: 'Where the works come from; null for works of unknown origin.' })
  origin?: Entity | null;

  @Field(() => Int, { description: 'Works released.' })
  works!: number;

  @Field(() => Int, { description: 'Releases with a box-office figure.' })
  withBoxOffice!: number;

  @Field(() => Float, { nullable: true, description: 'Total box office in HK$.' })
  boxOfficeHKD?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average box office in HK$ per release with a figure, rounded to the whole HK$ (see averagesRounding).',
  })
  averageBoxOfficeHKD?: number;

  @Field(() => Int, { description: 'Releases with an admissions figure.' })
  withAdmissions!: number;

  @Field(() => Float, { nullable: true, description: 'Total admissions.' })
  admissions?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average admissions per release with a figure, rounded to the whole admission (see averagesRounding).',
  })
  averageAdmissions?: number;

  @Field({ description: 'How the averages are rounded: to the unit the paper prints (whole HK$, whole admissions), half away from zero.' })
  averagesRounding!: string;

  @Field({ description: 'True when an approximate figure went into the totals.' })
  approximate!: boolean;

  @Field(() => [Source], { description: 'The sources of the figures totalled, by id (with `sources`, those that answered).' })
  sources!: Entity[];

  @Field(() => [String], {
    description: 'Where each release totalled stands, e.g. "Table 7, row 1", in natural order (row 2 before row 10).',
  })
  locators!: string[];
}

/** What ReleaseTotals.averagesRounding says; the rounding itself is cypher/releaseTotalsByOrigin.cypher's. */
const AVERAGES_ROUNDING = 'to the whole HK$ and the whole admission, half away from zero';

/** Questions 6 and 7: cinema releases in a region (Tables 4 and 7), listed and totalled. */
@Resolver()
export class ReleaseResolver {
  @Query(() => [Release], {
    description:
      'Questions 6 and 7. Cinema releases in a region (Hong Kong by default), filtered by period, origin and ' +
      'box office, with days in theatres, admissions, box office and classification. E.g. 2022 Hong Kong films over ' +
      'HK$10 million: from "2022-01-01", to "2022-12-31", originRegionIds ["region:hong-kong"], minBoxOfficeHKD 10000000.',
  })
  async releases(
    @Ctx() ctx: RequestContext,
    @Args() filter: ReleaseFilter,
    @Arg('orderBy', () => ReleaseOrder, { defaultValue: ReleaseOrder.BOX_OFFICE_DESC, description: 'Box office or start date order.' })
    orderBy: ReleaseOrder,
  ): Promise<object[]> {
    const rows = await questionsData.releases(ctx.store.graph, await releaseFilter(ctx, filter), orderBy);
    return rows.map((row) => ({
      ...row.fact,
      work: entity('Work', row.work),
      region: entity('Region', row.region),
      origins: row.origins.map(regionFact),
      classification: row.work.classification,
    }));
  }

  @Query(() => [ReleaseTotals], {
    description:
      'Questions 6 and 7, totalled: the releases `releases` would list for the same arguments, grouped by ' +
      'where the works come from: number of works, sum and average of box office and admissions.',
  })
  async releaseTotals(@Ctx() ctx: RequestContext, @Args() filter: ReleaseFilter): Promise<ReleaseTotals[]> {
    const rows = await questionsData.releaseTotals(ctx.store.graph, await releaseFilter(ctx, filter));
    return Promise.all(
      rows.map(async (row) => ({
        ...row,
        boxOfficeHKD: row.boxOfficeHKD ?? undefined,
        averageBoxOfficeHKD: row.averageBoxOfficeHKD ?? undefined,
        admissions: row.admissions ?? undefined,
        averageAdmissions: row.averageAdmissions ?? undefined,
        averagesRounding: AVERAGES_ROUNDING,
        locators: inNaturalOrder(row.locators),
        origin: row.origin ? entity('Region', row.origin) : null,
        sources: (await Promise.all(inNaturalOrder(row.sources).map((id) => ctx.store.node(id)))).filter((s): s is Entity => s !== null),
      })),
    );
  }
}
