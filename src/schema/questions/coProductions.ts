import { Arg, Ctx, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { RequestContext } from '../context';
import { Entity, Node } from '../node';
import { Policy } from '../policy';
import { Region } from '../region';
import { Source } from '../source';
import { Work } from '../work';
import { badInput, entitiesArg, entityArg, HONG_KONG, MAINLAND } from './args';
import { CitedFact, entity, RegionFact, regionFact } from './citedFact';
import { rowsFromSources, sourcesArgOptions } from '../sources';

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description: 'A party to a co-production: a region itself, or a studio based in it.',
})
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

/** Which of the dates the graph holds a co-production's date is (cypher/coProductionsAfterPolicy.cypher). */
export enum DateBasis {
  FIRST_SHOWN = 'FIRST_SHOWN',
  RELEASE_DATE = 'RELEASE_DATE',
  FIRST_SHOWN_MONTH = 'FIRST_SHOWN_MONTH',
  YEAR = 'YEAR',
}
registerEnumType(DateBasis, {
  name: 'DateBasis',
  description: 'Which date the graph holds is used, best first.',
  valuesConfig: {
    FIRST_SHOWN: {
      description: 'The earliest start date of a release (RELEASED_IN) or airing (AIRED_ON), e.g. from Table 7; `shownIn` says where.',
    },
    RELEASE_DATE: { description: "The work's own releaseDate." },
    FIRST_SHOWN_MONTH: { description: 'The month an airing or release started (`month`), where the graph holds no day.' },
    YEAR: { description: "Only the work's year." },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A co-produced work, with its date and the parties on each side.' })
export class CoProduction {
  @Field(() => Work, { description: 'The co-produced work.' })
  work!: Entity;

  @Field({
    nullable: true,
    description:
      'The first day it was shown (ISO): the earliest start date of a release or airing the graph holds, else its release date; see `dateBasis`.',
  })
  releaseDate?: string;

  @Field({ nullable: true, description: 'The month it was first shown (YYYY-MM), where the graph holds a month but no day.' })
  month?: string;

  @Field(() => DateBasis, { nullable: true, description: 'Which date `releaseDate`, `month` or `year` is; null for an undated work.' })
  dateBasis?: DateBasis;

  @Field(() => Node, { nullable: true, description: 'The region (release) or platform (airing) whose start date is used.' })
  shownIn?: Entity | null;

  @Field(() => Int, { nullable: true, description: 'Year, where known.' })
  year?: number;

  @Field(() => Source, { nullable: true, description: 'Where the date comes from (the paper, or general knowledge).' })
  dateSource?: Entity | null;

  @Field({
    nullable: true,
    description: 'Where the source gives the date (e.g. "Table 7, row 1"); null when it comes from general knowledge.',
  })
  dateLocator?: string;

  @Field(() => [CoProductionParty], { description: 'The parties from the regions asked about, each with the fact that it co-produced.' })
  parties!: object[];
}

@ObjectType({ simpleResolvers: true, description: 'Co-productions that followed a policy, and those the graph cannot date.' })
export class CoProductionsAfterPolicy {
  @Field(() => Policy, { description: 'The policy asked about.' })
  policy!: Entity;

  @Field({ nullable: true, description: 'The day the policy took effect (ISO).' })
  effectiveDate?: string;

  @Field(() => Int, { nullable: true, description: 'The year it took effect, when only the year is known.' })
  effectiveYear?: number;

  @Field(() => [CoProduction], {
    description:
      'Works certainly released on or after the effective date, earliest first. A work known only by its ' +
      'year counts when that year starts on or after the date; one in the same year cannot be placed and is left out.',
  })
  coProductions!: CoProduction[];

  @Field(() => [CoProduction], {
    description: 'Co-productions with no date or year in the graph: whether they followed the policy is unknown.',
  })
  undated!: CoProduction[];
}

/** Question 1: the co-productions that followed a policy. */
@Resolver()
export class CoProductionResolver {
  @Query(() => CoProductionsAfterPolicy, {
    description:
      'Question 1. Which co-productions followed a policy? Works co-produced by parties from each of the ' +
      'regions (Hong Kong and the Mainland unless told otherwise) - the region itself or a studio based there - released ' +
      'on or after the day the policy took effect. E.g. policyId "policy:cepa-2020-amendment" (effective 2020-06-01).',
  })
  async coProductionsAfter(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID, { description: 'The policy, e.g. "policy:cepa-2020-amendment".' }) policyId: string,
    @Arg('regionIds', () => [ID], {
      defaultValue: [HONG_KONG, MAINLAND],
      description: 'A party from every one of these regions must take part.',
    })
    regionIds: string[] = [HONG_KONG, MAINLAND],
    @Arg('sources', () => [ID], {
      ...sourcesArgOptions,
      description: `${sourcesArgOptions.description} A work stays when the parties they state still cover every region.`,
    })
    sources?: string[],
  ): Promise<CoProductionsAfterPolicy> {
    if (regionIds.length === 0) throw badInput('regionIds', 'name at least one region');
    const [policy] = await Promise.all([
      entityArg(ctx, 'policyId', policyId, 'Policy'),
      entitiesArg(ctx, 'regionIds', regionIds, 'Region'),
    ]);
    if (!policy.effectiveDate && typeof policy.effectiveYear !== 'number') {
      throw badInput('policyId', `the graph gives "${policyId}" no effective date or year, so nothing can be said to follow it`);
    }
    const rows = await coProductionsFromSources(
      ctx,
      sources,
      regionIds,
      await questionsData.coProductionsAfter(ctx.store.graph, policyId, regionIds),
    );
    const works = await Promise.all(rows.map((row) => coProduction(ctx, row)));
    return {
      policy,
      effectiveDate: policy.effectiveDate,
      effectiveYear: policyYear(policy),
      coProductions: works.filter((_, i) => rows[i].dated),
      undated: works.filter((_, i) => !rows[i].dated),
    };
  }
}

/** The year a policy took effect: its own, or its effective date's (the two always agree). */
export const policyYear = (policy: Record<string, unknown>): number | undefined =>
  typeof policy.effectiveYear === 'number'
    ? policy.effectiveYear
    : typeof policy.effectiveDate === 'string'
      ? Number(policy.effectiveDate.slice(0, 4))
      : undefined;

/**
 * The co-productions as the sources state their parties (the CO_PRODUCED facts): the parties they do not state are
 * left out, and so is a work whose parties left no longer cover every region asked for. All, untouched, without sources.
 */
async function coProductionsFromSources(
  ctx: RequestContext,
  sources: string[] | undefined,
  regionIds: string[],
  rows: questionsData.CoProductionRow[],
): Promise<questionsData.CoProductionRow[]> {
  const parties = await rowsFromSources(
    ctx,
    sources,
    rows.flatMap((row) => row.parties),
  );
  if (!sources) return rows;
  const answered = new Map(parties.map((party) => [party.fact.id, party]));
  return rows
    .map((row) => ({ ...row, parties: row.parties.flatMap((p) => answered.get(p.fact.id) ?? []) }))
    .filter((row) => regionIds.every((id) => row.parties.some((p) => p.region.id === id)));
}

/** A co-production row as the API shows it; the date's source is looked up through the node loader. */
async function coProduction(ctx: RequestContext, row: questionsData.CoProductionRow): Promise<CoProduction> {
  const work = row.work;
  const when = row.dated ? row.when : null;
  // A date from a release or airing fact cites that fact; one of the work's own cites its xSource property,
  // or, when it has none, the work's citation.
  const ownCitation = when && when.type === undefined;
  const dateSourceId = when ? (when.source ?? (ownCitation ? row.citation?.source : undefined)) : undefined;
  const dateLocator = when?.locator ?? (ownCitation && dateSourceId === row.citation?.source ? row.citation?.locator : undefined);
  return {
    work: entity('Work', work),
    releaseDate: when?.date ?? undefined,
    month: when?.month ?? undefined,
    year: work.year as number | undefined,
    dateBasis: when?.basis as DateBasis | undefined,
    shownIn: when?.place && when.placeLabel ? entity(when.placeLabel, when.place) : null,
    dateSource: dateSourceId ? await ctx.store.node(dateSourceId) : null,
    dateLocator: dateLocator ?? undefined,
    parties: row.parties.map((p) => ({
      ...p.fact,
      party: entity(p.label, p.props),
      region: entity('Region', p.region),
      basedIn: p.basedIn ? regionFact({ region: p.region, fact: p.basedIn }) : null,
    })),
  };
}
