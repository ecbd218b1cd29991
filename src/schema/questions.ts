import { GraphQLError } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, InterfaceType, ObjectType, Query,
  registerEnumType, Resolver, Root,
} from 'type-graphql';
import * as questionsData from '../graph/questions';
import type { Props, RegionTieRow, ReleaseFilterParams, TradeFlowRow } from '../graph/questions';
import type { RequestContext } from '../server/context';
import { Festival } from './festival';
import { Direction, Entity, Node, toEntity } from './node';
import { Platform } from './platform';
import { Policy } from './policy';
import { Region } from './region';
import { Source } from './source';
import { Work } from './work';

/*
 * Fields that each answer one kind of research question (shared/questions.md) in one request. The
 * Cypher behind each is in cypher/, named after the question; the rows come through
 * src/graph/questions.ts. Every fact comes back with the source and locator it carries in the graph.
 */

const HONG_KONG = 'region:hong-kong';
const MAINLAND = 'region:mainland-china';
const JADE = 'platform:tvb-jade';
/** The years Tables 1 and 8 cover. */
const TABLE_YEARS = { from: 2011, to: 2022 };
const TOP_FIVE = [1, 2, 3, 4, 5];
const MAX_PATH_LENGTH = 6;
/** How a broadcaster got a work, in the contract's words (graph-model.md, AIRED_ON.acquisition). */
const ACQUISITIONS = ['in-house', 'outsourced', 'purchased', 'co-produced'];

// ---------------------------------------------------------------------------------------------
// Argument checks: the message names the argument, so a researcher sees what to change.

const badInput = (argument: string, message: string): GraphQLError =>
  new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });

/** The entity an id argument names; NOT_FOUND when no node has the id, BAD_USER_INPUT when it has another type. */
async function entityArg(ctx: RequestContext, argument: string, id: string, label?: string): Promise<Entity> {
  const entity = await ctx.store.node(id);
  if (!entity) {
    throw new GraphQLError(`${argument}: nothing in the graph has the id "${id}"`, { extensions: { code: 'NOT_FOUND', argument } });
  }
  if (label && entity.__label !== label) throw badInput(argument, `"${id}" is a ${entity.__label}, not a ${label}`);
  return entity;
}

const entitiesArg = (ctx: RequestContext, argument: string, ids: string[], label: string): Promise<Entity[]> =>
  Promise.all(ids.map((id) => entityArg(ctx, argument, id, label)));

function isoDateArg(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const real = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!real) throw badInput(argument, `"${value}" is not a calendar date in the form YYYY-MM-DD`);
  return value;
}

function rangeArg<T extends number | string>(from: T | null | undefined, to: T | null | undefined): void {
  if (from !== null && from !== undefined && to !== null && to !== undefined && from > to) {
    throw badInput('from', `${from} is after to (${to})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Answer types.

const entity = (label: string, props: Props): Entity => toEntity({ label, props });

@InterfaceType({
  description: 'A fact the graph holds from a source: the source (the paper, or general knowledge for the few facts '
    + 'from outside it) and the locator, where in the source it stands.',
})
export abstract class CitedFact {
  @Field({ nullable: true, description: 'Where in the source the fact stands, e.g. "Table 1, 2022, rank 1" or a section of the paper.' })
  locator?: string;
}

@ObjectType({ implements: CitedFact, description: 'A region a work, person or party belongs to, and the fact that says so.' })
export class RegionFact extends CitedFact {
  @Field(() => Region, { description: 'The region.' })
  region!: Entity;

  @Field({ nullable: true, description: 'A note on the fact.' })
  note?: string;
}

const regionFact = (tie: RegionTieRow) => ({ ...tie.fact, region: entity('Region', tie.region) });

@ObjectType({
  implements: CitedFact,
  description: "One row of Hong Kong's trade in film and TV-related creative products (Table 1 imports, Table 8 exports): "
    + 'the partner region in one year. Cells the paper leaves illegible are null.',
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

const tradeFlow = (row: TradeFlowRow) => ({ ...row.flow, region: entity('Region', row.region) });

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

@ObjectType({ description: "One year of Hong Kong's film and TV-related exports: what is known, and how completely." })
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
  const hasRank = (rank: number, complete: boolean) => rows.some((r) => r.flow.rank === rank
    && (!complete || (r.flow.value !== undefined && r.flow.sharePct !== undefined)));
  let coverage = ExportCoverage.PARTIAL;
  if (rows.length === 0) coverage = ExportCoverage.UNKNOWN;
  else if (!rows.some((r) => r.fromTable)) coverage = ExportCoverage.PROSE_ONLY;
  else if (TOP_FIVE.every((rank) => hasRank(rank, true))) coverage = ExportCoverage.COMPLETE;
  return { year, coverage, missingRanks: TOP_FIVE.filter((rank) => !hasRank(rank, false)), flows: rows.map(tradeFlow) };
}

@ObjectType({ implements: CitedFact, description: 'A party to a co-production: a region itself, or a studio based in it.' })
export class CoProductionParty extends CitedFact {
  @Field(() => Node, { description: 'The region or studio that co-produced.' })
  party!: Entity;

  @Field(() => Region, { description: 'The side it stands for.' })
  region!: Entity;

  @Field(() => RegionFact, { nullable: true, description: 'Where the studio is based (null when the party is the region itself).' })
  basedIn?: ReturnType<typeof regionFact>;

  @Field({ nullable: true, description: 'Its role, e.g. "investor".' })
  role?: string;

  @Field({ nullable: true, description: 'A note on the fact, e.g. how the paper prints it.' })
  note?: string;
}

@ObjectType({ description: 'A co-produced work, with its date and the parties on each side.' })
export class CoProduction {
  @Field(() => Work, { description: 'The co-produced work.' })
  work!: Entity;

  @Field({ nullable: true, description: 'Release date (ISO), where known.' })
  releaseDate?: string;

  @Field(() => Int, { nullable: true, description: 'Year, where known.' })
  year?: number;

  @Field(() => Source, { nullable: true, description: 'Where the date comes from (the paper, or general knowledge).' })
  dateSource?: Entity | null;

  @Field({ nullable: true, description: 'Where the paper gives the date; null when it comes from general knowledge.' })
  dateLocator?: string;

  @Field(() => [CoProductionParty], { description: 'The parties from the regions asked about, each with the fact that it co-produced.' })
  parties!: object[];
}

@ObjectType({ description: 'Co-productions that followed a policy, and those the graph cannot date.' })
export class CoProductionsAfterPolicy {
  @Field(() => Policy, { description: 'The policy asked about.' })
  policy!: Entity;

  @Field({ nullable: true, description: 'The day the policy took effect (ISO).' })
  effectiveDate?: string;

  @Field(() => Int, { nullable: true, description: 'The year it took effect, when only the year is known.' })
  effectiveYear?: number;

  @Field(() => [CoProduction], {
    description: 'Works certainly released on or after the effective date, earliest first. A work known only by its '
      + 'year counts when that year starts on or after the date; one in the same year cannot be placed and is left out.',
  })
  coProductions!: CoProduction[];

  @Field(() => [CoProduction], { description: 'Co-productions with no date or year in the graph: whether they followed the policy is unknown.' })
  undated!: CoProduction[];
}

@ObjectType({ implements: CitedFact, description: 'An original work and its remake (REMADE_AS).' })
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

@ObjectType({ implements: CitedFact, description: 'A work aired on a platform (AIRED_ON): when, in which slot, how acquired, with ratings.' })
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

  @Field(() => Int, { nullable: true, description: "Place on the year-end ratings list." })
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

const airing = (row: questionsData.AiringRow) =>
  ({ ...row.fact, work: entity('Work', row.work), platform: entity('Platform', row.platform) });

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

  @Field({ nullable: true, description: 'Last day of the period (YYYY-MM-DD): releases starting on or before it. A release known only by its year must fall wholly inside the period.' })
  to?: string;

  @Field(() => [ID], { nullable: true, description: 'Only works from these regions, e.g. ["region:mainland-china", "region:taiwan"].' })
  originRegionIds?: string[];

  @Field(() => Float, { nullable: true, description: 'Only releases that grossed at least this many HK$.' })
  minBoxOfficeHKD?: number;
}

async function releaseFilter(ctx: RequestContext, args: ReleaseFilter): Promise<ReleaseFilterParams> {
  const from = isoDateArg('from', args.from);
  const to = isoDateArg('to', args.to);
  rangeArg(from, to);
  if (args.minBoxOfficeHKD !== undefined && args.minBoxOfficeHKD !== null && args.minBoxOfficeHKD < 0) {
    throw badInput('minBoxOfficeHKD', `must not be negative, got ${args.minBoxOfficeHKD}`);
  }
  await Promise.all([
    entityArg(ctx, 'regionId', args.regionId, 'Region'),
    entitiesArg(ctx, 'originRegionIds', args.originRegionIds ?? [], 'Region'),
  ]);
  return { regionId: args.regionId, from, to, originRegionIds: args.originRegionIds ?? null, minBoxOfficeHKD: args.minBoxOfficeHKD ?? null };
}

@ObjectType({ implements: CitedFact, description: 'A cinema release (RELEASED_IN, Tables 4 and 7 and the prose): run, days, admissions, box office.' })
export class Release extends CitedFact {
  @Field(() => Work, { description: 'The film released.' })
  work!: Entity;

  @Field(() => Region, { description: 'Where the film was shown.' })
  region!: Entity;

  @Field(() => [RegionFact], { description: 'Where the work comes from.' })
  origins!: object[];

  @Field({ nullable: true, description: "The work's Hong Kong classification: I, IIA, IIB or III." })
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
  description: 'Releases of works from one region, totalled. Sums and averages are over the releases that give the '
    + 'figure (see withBoxOffice, withAdmissions); a total with no figure behind it is null, never 0.',
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

  @Field(() => Float, { nullable: true, description: 'Average box office in HK$ per release with a figure.' })
  averageBoxOfficeHKD?: number;

  @Field(() => Int, { description: 'Releases with an admissions figure.' })
  withAdmissions!: number;

  @Field(() => Float, { nullable: true, description: 'Total admissions.' })
  admissions?: number;

  @Field(() => Float, { nullable: true, description: 'Average admissions per release with a figure.' })
  averageAdmissions?: number;

  @Field({ description: 'True when an approximate figure went into the totals.' })
  approximate!: boolean;

  @Field(() => [Source], { description: 'The sources of the figures totalled.' })
  sources!: Entity[];

  @Field(() => [String], { description: 'Where each release totalled stands, e.g. "Table 7, row 1".' })
  locators!: string[];
}

@ObjectType({ implements: CitedFact, description: 'Something a policy enabled or funded (ENABLED_BY), and when the policy took effect.' })
export class PolicyEffect extends CitedFact {
  @Field(() => Policy, { description: 'The policy that enabled or funded.' })
  policy!: Entity;

  @Field(() => Node, { description: 'The work, studio, platform or policy it enabled or funded.' })
  enabled!: Entity;

  @Field(() => Int, { nullable: true, description: 'Year of the funding or enabling.' })
  year?: number;

  @Field(() => Float, { nullable: true, description: 'Amount in HK$.' })
  amountHKD?: number;

  @Field({ nullable: true, description: 'What the paper says of the funding or enabling.' })
  note?: string;

  @Field({ nullable: true, description: "The policy's effective date (ISO), where the paper gives one." })
  effectiveDate?: string;

  @Field(() => Int, { nullable: true, description: 'The year the policy took effect, where only the year is given.' })
  effectiveYear?: number;
}

enum FestivalRecordKind {
  SCREENING = 'SCREENING',
  HONOUR = 'HONOUR',
}
registerEnumType(FestivalRecordKind, {
  name: 'FestivalRecordKind',
  description: 'Whether a festival record is a screening or an honour.',
  valuesConfig: {
    SCREENING: { description: 'A work screened at the festival (SCREENED_AT).' },
    HONOUR: { description: 'A work or person honoured there (HONOURED_AT).' },
  },
});

@ObjectType({ implements: CitedFact, description: 'A screening or honour at a festival, market or award.' })
export class FestivalRecord extends CitedFact {
  @Field(() => FestivalRecordKind, { description: 'A screening or an honour.' })
  kind!: FestivalRecordKind;

  @Field(() => Festival, { description: 'The festival, market or award.' })
  festival!: Entity;

  @Field(() => Node, { description: 'The work screened or honoured, or the person honoured.' })
  subject!: Entity;

  @Field(() => RegionFact, { description: 'Why the subject counts for the region: the work originates from it, or the person hails from it.' })
  origin!: object;

  @Field(() => Int, { nullable: true, description: 'The year of the screening or honour.' })
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Edition (ordinal), e.g. 26 for the 26th.' })
  edition?: number;

  @Field({ nullable: true, description: 'e.g. "closing film".' })
  slot?: string;

  @Field({ nullable: true, description: 'The award.' })
  award?: string;

  @Field({ nullable: true, description: 'What the paper leaves open, e.g. an edition it does not give.' })
  note?: string;
}

@ObjectType({ implements: CitedFact, description: 'One relationship on a path, walked from `from` to `to`.' })
export class PathStep extends CitedFact {
  @Field(() => Node, { description: 'The entity the step starts from.' })
  from!: Entity;

  @Field({ description: 'Relationship type, e.g. ACTED_IN.' })
  type!: string;

  @Field(() => Direction, { description: 'OUT when the relationship points from `from` to `to`, IN when it points back.' })
  direction!: Direction;

  @Field(() => Node, { description: 'The entity the step leads to.' })
  to!: Entity;

  @Field(() => GraphQLJSONObject, { description: 'Every property of the relationship.' })
  properties!: Props;
}

@ObjectType({ description: 'A path between two entities.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The relationships in order, from the first entity to the second.' })
  steps!: object[];
}

const pathStep = (row: questionsData.PathStepRow) => ({
  ...row.props,
  properties: row.props,
  type: row.type,
  direction: row.forward ? Direction.OUT : Direction.IN,
  from: toEntity(row.from),
  to: toEntity(row.to),
});

@ObjectType({
  implements: CitedFact,
  description: "A region's films released in another market in one year (FILMS_SHOWN_IN). Box office is in the "
    + 'currency the paper prints.',
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

// ---------------------------------------------------------------------------------------------

/**
 * The research questions. Typed as the resolver of CitedFact so that every answer type implementing
 * it gets its `source` from here, through the request's node loader.
 */
@Resolver(() => CitedFact)
export class QuestionResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The Source the fact comes from: the paper, or general knowledge.' })
  source(@Root() fact: { source?: unknown }, @Ctx() ctx: RequestContext): Promise<Entity | null> | null {
    return typeof fact.source === 'string' ? ctx.store.node(fact.source) : null;
  }

  @Query(() => CoProductionsAfterPolicy, {
    description: 'Question 1. Which co-productions followed a policy? Works co-produced by parties from each of the '
      + 'regions (Hong Kong and the Mainland unless told otherwise) - the region itself or a studio based there - released '
      + 'on or after the day the policy took effect. E.g. policyId "policy:cepa-2020-amendment" (effective 2020-06-01).',
  })
  async coProductionsAfter(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID, { description: 'The policy, e.g. "policy:cepa-2020-amendment".' }) policyId: string,
    @Arg('regionIds', () => [ID], { defaultValue: [HONG_KONG, MAINLAND], description: 'A party from every one of these regions must take part.' })
    regionIds: string[] = [HONG_KONG, MAINLAND],
  ): Promise<CoProductionsAfterPolicy> {
    if (regionIds.length === 0) throw badInput('regionIds', 'name at least one region');
    const [policy] = await Promise.all([entityArg(ctx, 'policyId', policyId, 'Policy'), entitiesArg(ctx, 'regionIds', regionIds, 'Region')]);
    if (!policy.effectiveDate && typeof policy.effectiveYear !== 'number') {
      throw badInput('policyId', `the graph gives "${policyId}" no effective date or year, so nothing can be said to follow it`);
    }
    const rows = await questionsData.coProductionsAfter(ctx.store.executor, policyId, regionIds);
    const works = await Promise.all(rows.map((row) => coProduction(ctx, row)));
    return {
      policy,
      effectiveDate: policy.effectiveDate,
      effectiveYear: policy.effectiveYear,
      coProductions: works.filter((_, i) => rows[i].dated),
      undated: works.filter((_, i) => !rows[i].dated),
    };
  }

  @Query(() => [TradeFlow], {
    description: "Question 2. The top five regions Hong Kong's film and TV-related creative products came from in one "
      + 'year (Table 1), by rank, with value in HK$ thousands and share.',
  })
  async importRanking(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'A year of Table 1 (2011-2022).' }) year: number,
  ): Promise<object[]> {
    return (await questionsData.importRanking(ctx.store.executor, HONG_KONG, { from: year, to: year })).map(tradeFlow);
  }

  @Query(() => [TradeFlow], { description: 'Question 2, every year at once: the Table 1 top five of each year from `from` to `to`, by year and rank.' })
  async importRankings(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Int, { defaultValue: TABLE_YEARS.from, description: 'First year.' }) from: number,
    @Arg('to', () => Int, { defaultValue: TABLE_YEARS.to, description: 'Last year.' }) to: number,
  ): Promise<object[]> {
    rangeArg(from, to);
    return (await questionsData.importRanking(ctx.store.executor, HONG_KONG, { from, to })).map(tradeFlow);
  }

  @Query(() => [TradeFlow], {
    description: "Question 2, one region over time: its rank, value and share among Hong Kong's import sources, year by "
      + 'year. Years in which it is outside the top five are absent: Table 1 does not give them.',
  })
  async importSharesByYear(
    @Ctx() ctx: RequestContext,
    @Arg('regionId', () => ID, { description: 'The source region, e.g. "region:mainland-china".' }) regionId: string,
    @Arg('from', () => Int, { nullable: true, description: 'First year (default: the earliest known).' }) from?: number,
    @Arg('to', () => Int, { nullable: true, description: 'Last year (default: the latest known).' }) to?: number,
  ): Promise<object[]> {
    rangeArg(from, to);
    await entityArg(ctx, 'regionId', regionId, 'Region');
    const years = { from: from ?? null, to: to ?? null };
    return (await questionsData.importSharesByYear(ctx.store.executor, HONG_KONG, regionId, years)).map(tradeFlow);
  }

  @Query(() => [TradeFlow], {
    description: "Question 3. Where Hong Kong's film and TV-related creative products went in one year (Table 8, and the "
      + 'prose where the table is missing): destination, rank, value and share, each where legible.',
  })
  async exportsByYear(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { description: 'The year, e.g. 2022.' }) year: number,
  ): Promise<object[]> {
    return (await questionsData.exportsByYear(ctx.store.executor, HONG_KONG, { from: year, to: year })).map(tradeFlow);
  }

  @Query(() => [ExportYear], {
    description: "Question 3, year by year: for each year from `from` to `to`, Hong Kong's known export destinations and "
      + 'how complete the paper is about them (Table 8 lacks its 2017-2019 block and has illegible cells).',
  })
  async exportYears(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Int, { defaultValue: TABLE_YEARS.from, description: 'First year.' }) from: number,
    @Arg('to', () => Int, { defaultValue: TABLE_YEARS.to, description: 'Last year.' }) to: number,
  ): Promise<ExportYear[]> {
    rangeArg(from, to);
    if (to - from > 100) throw badInput('to', 'ask about at most 100 years at once');
    const rows = await questionsData.exportsByYear(ctx.store.executor, HONG_KONG, { from, to });
    return Array.from({ length: to - from + 1 }, (_, i) => from + i)
      .map((year) => exportYear(year, rows.filter((r) => r.flow.year === year)));
  }

  @Query(() => [RemakePair], {
    description: "Question 4. Films from a region that were remade, as what and where: each original with its remake, the "
      + "remake's year and the regions the remake comes from, earliest remake first.",
  })
  async remakes(
    @Ctx() ctx: RequestContext,
    @Arg('originRegionId', () => ID, { defaultValue: HONG_KONG, description: 'Where the originals come from.' }) originRegionId: string,
  ): Promise<object[]> {
    await entityArg(ctx, 'originRegionId', originRegionId, 'Region');
    const rows = await questionsData.remakes(ctx.store.executor, originRegionId);
    return rows.map((row) => ({
      ...row.fact,
      original: entity('Work', row.original),
      remake: entity('Work', row.remake),
      remakeOrigins: row.remakeOrigins.map(regionFact),
    }));
  }

  @Query(() => [Airing], {
    description: 'Question 5. Dramas a platform aired in prime time (Table 6), with their TV ratings, by year and then '
      + 'highest rating first. E.g. Mainland dramas on TVB Jade: originRegionId "region:mainland-china".',
  })
  async primeTimeAirings(
    @Ctx() ctx: RequestContext,
    @Arg('platformId', () => ID, { defaultValue: JADE, description: 'The channel or service.' }) platformId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number,
    @Arg('originRegionId', () => ID, { nullable: true, description: 'Only works from this region.' }) originRegionId?: string,
  ): Promise<object[]> {
    await entityArg(ctx, 'platformId', platformId, 'Platform');
    if (originRegionId) await entityArg(ctx, 'originRegionId', originRegionId, 'Region');
    const rows = await questionsData.primeTimeAirings(ctx.store.executor, { platformId, year: year ?? null, originRegionId: originRegionId ?? null });
    return rows.map(airing);
  }

  @Query(() => [Airing], {
    description: 'Question 14. What a platform aired and how the broadcaster got each work (outsourced, purchased, ...), '
      + 'with air dates and time slots. E.g. TVB Jade 2024 with acquisition ["outsourced", "purchased"] lists the dramas '
      + 'bought or outsourced rather than made in-house (Table 5).',
  })
  async airingsByAcquisition(
    @Ctx() ctx: RequestContext,
    @Arg('platformId', () => ID, { defaultValue: JADE, description: 'The channel or service.' }) platformId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number,
    @Arg('acquisition', () => [String], { nullable: true, description: `Only these ways of acquiring: ${ACQUISITIONS.join(', ')}.` })
    acquisition?: string[],
  ): Promise<object[]> {
    const unknown = (acquisition ?? []).filter((a) => !ACQUISITIONS.includes(a));
    if (unknown.length > 0) throw badInput('acquisition', `${unknown.join(', ')} is not one of ${ACQUISITIONS.join(', ')}`);
    await entityArg(ctx, 'platformId', platformId, 'Platform');
    const rows = await questionsData.airingsByAcquisition(ctx.store.executor, { platformId, year: year ?? null, acquisition: acquisition ?? null });
    return rows.map(airing);
  }

  @Query(() => [Release], {
    description: 'Questions 6 and 7. Cinema releases in a region (Hong Kong by default), filtered by period, origin and '
      + 'box office, with days in theatres, admissions, box office and classification. E.g. 2022 Hong Kong films over '
      + 'HK$10 million: from "2022-01-01", to "2022-12-31", originRegionIds ["region:hong-kong"], minBoxOfficeHKD 10000000.',
  })
  async releases(
    @Ctx() ctx: RequestContext,
    @Args() filter: ReleaseFilter,
    @Arg('orderBy', () => ReleaseOrder, { defaultValue: ReleaseOrder.BOX_OFFICE_DESC, description: 'Box office or start date order.' })
    orderBy: ReleaseOrder,
  ): Promise<object[]> {
    const rows = await questionsData.releases(ctx.store.executor, await releaseFilter(ctx, filter), orderBy);
    return rows.map((row) => ({
      ...row.fact,
      work: entity('Work', row.work),
      region: entity('Region', row.region),
      origins: row.origins.map(regionFact),
      classification: row.work.classification,
    }));
  }

  @Query(() => [ReleaseTotals], {
    description: 'Questions 6 and 7, totalled: the releases `releases` would list for the same arguments, grouped by '
      + 'where the works come from: number of works, sum and average of box office and admissions.',
  })
  async releaseTotals(@Ctx() ctx: RequestContext, @Args() filter: ReleaseFilter): Promise<ReleaseTotals[]> {
    const rows = await questionsData.releaseTotals(ctx.store.executor, await releaseFilter(ctx, filter));
    return Promise.all(rows.map(async (row) => ({
      ...row,
      boxOfficeHKD: row.boxOfficeHKD ?? undefined,
      averageBoxOfficeHKD: row.averageBoxOfficeHKD ?? undefined,
      admissions: row.admissions ?? undefined,
      averageAdmissions: row.averageAdmissions ?? undefined,
      origin: row.origin ? entity('Region', row.origin) : null,
      sources: (await Promise.all(row.sources.map((id) => ctx.store.node(id)))).filter((s): s is Entity => s !== null),
    })));
  }

  @Query(() => [PolicyEffect], {
    description: 'Question 8. What policies funded or enabled - works, studios, platforms, other policies - and when each '
      + 'policy took effect. Omit policyId for every policy.',
  })
  async policyEffects(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID, { nullable: true, description: 'Only this policy, e.g. "policy:policy-address-2023".' }) policyId?: string,
  ): Promise<object[]> {
    if (policyId) await entityArg(ctx, 'policyId', policyId, 'Policy');
    const rows = await questionsData.policyEffects(ctx.store.executor, policyId ?? null);
    return rows.map((row) => ({
      ...row.fact,
      policy: entity('Policy', row.policy),
      enabled: entity(row.enabledLabel, row.enabled),
      effectiveDate: row.policy.effectiveDate,
      effectiveYear: row.policy.effectiveYear,
    }));
  }

  @Query(() => [FestivalRecord], {
    description: 'Question 9. Festivals, markets and awards that screened works from a region or honoured its people, '
      + 'with year, edition, slot and award.',
  })
  async festivalRecords(
    @Ctx() ctx: RequestContext,
    @Arg('regionId', () => ID, { defaultValue: HONG_KONG, description: 'Where the works come from, or the people hail from.' }) regionId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year?: number,
  ): Promise<object[]> {
    await entityArg(ctx, 'regionId', regionId, 'Region');
    const rows = await questionsData.festivalRecords(ctx.store.executor, regionId, year ?? null);
    return rows.map((row) => ({
      ...row.fact,
      kind: row.type === 'SCREENED_AT' ? FestivalRecordKind.SCREENING : FestivalRecordKind.HONOUR,
      festival: entity('Festival', row.festival),
      subject: entity(row.subjectLabel, row.subject),
      origin: regionFact({ region: row.region, fact: row.tie }),
    }));
  }

  @Query(() => [Path], {
    description: `Question 10. How one entity connects to another: every shortest path between them of at most maxLength `
      + `(1-${MAX_PATH_LENGTH}) relationships, each step with its relationship, properties, source and locator. Citations `
      + '(CITED_IN) and Source nodes are left out. Empty when the entities are further apart than maxLength.',
  })
  async shortestPaths(
    @Ctx() ctx: RequestContext,
    @Arg('fromId', () => ID, { description: 'Where the paths start, e.g. "person:charmaine-sheh".' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Where they end, e.g. "platform:youku".' }) toId: string,
    @Arg('maxLength', () => Int, { defaultValue: 4, description: `Longest path considered, 1 to ${MAX_PATH_LENGTH}.` }) maxLength: number,
  ): Promise<Path[]> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
      throw badInput('maxLength', `must be between 1 and ${MAX_PATH_LENGTH}, got ${maxLength}`);
    }
    if (fromId === toId) throw badInput('toId', 'must differ from fromId');
    const [from, to] = await Promise.all([entityArg(ctx, 'fromId', fromId), entityArg(ctx, 'toId', toId)]);
    if (from.__label === 'Source') throw badInput('fromId', 'sources are left out of paths');
    if (to.__label === 'Source') throw badInput('toId', 'sources are left out of paths');
    const paths = await questionsData.shortestPaths(ctx.store.executor, fromId, toId, maxLength);
    return paths.map((steps) => ({ length: steps.length, steps: steps.map(pathStep) }));
  }

  @Query(() => [FilmsInMarket], {
    description: "Question 12. How a region's films did abroad in one year (Hong Kong in 2022 by default): films "
      + 'released and box office per market, most films first.',
  })
  async filmsAbroad(
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { defaultValue: 2022, description: 'The year of the releases.' }) year: number,
    @Arg('originRegionId', () => ID, { defaultValue: HONG_KONG, description: 'Whose films.' }) originRegionId: string,
  ): Promise<object[]> {
    await entityArg(ctx, 'originRegionId', originRegionId, 'Region');
    const rows = await questionsData.filmsAbroad(ctx.store.executor, originRegionId, year);
    return rows.map((row) => ({ ...row.fact, ...boxOfficeOf(row.fact), properties: row.fact, market: entity('Region', row.market) }));
  }
}

/** A co-production row as the API shows it; the date's source is looked up through the node loader. */
async function coProduction(ctx: RequestContext, row: questionsData.CoProductionRow): Promise<CoProduction> {
  const work = row.work;
  const stated = work.releaseDate !== undefined ? work.releaseDateSource : work.yearSource;
  const dateSourceId = row.dated ? (stated as string | undefined) ?? row.citation?.source : undefined;
  return {
    work: entity('Work', work),
    releaseDate: work.releaseDate as string | undefined,
    year: work.year as number | undefined,
    dateSource: dateSourceId ? await ctx.store.node(dateSourceId) : null,
    dateLocator: dateSourceId && dateSourceId === row.citation?.source ? row.citation.locator : undefined,
    parties: row.parties.map((p) => ({
      ...p.fact,
      party: entity(p.label, p.props),
      region: entity('Region', p.region),
      basedIn: p.basedIn ? regionFact({ region: p.region, fact: p.basedIn }) : null,
    })),
  };
}
