import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, Float, FieldResolver, ID, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { claimConflicts, type ClaimData, type ConflictData } from '../graph/claims';
import { CLAIM_PROPERTIES, CONFLICT_KINDS, type ConflictKind as ConflictKindName } from '../model';
import type { RequestContext } from './context';
import { Fact, type FactValue } from './fact';
import { MarketYear } from './marketYear';
import { type Entity, Node } from './node';
import { Source } from './source';

/**
 * Claims in the API (src/model/claims.ts): a fact's claims side by side (`claims` on Fact and on MarketYear, for
 * its own figures), and the facts whose sources disagree (`conflicts`).
 */

/** The kinds of conflict (src/model/claims.ts), as a GraphQL enum. */
export const ConflictKind = Object.fromEntries(CONFLICT_KINDS.map((k) => [k, k])) as { [K in ConflictKindName]: K };
registerEnumType(ConflictKind, {
  name: 'ConflictKind',
  description: 'Whose disagreement a conflict is.',
  valuesConfig: {
    BETWEEN_SOURCES: { description: 'Sources disagree with each other: the claims come from more than one source.' },
    WITHIN_SOURCE: {
      description:
        "One source disagrees with itself (the paper's contradictions): two values of one property, or a noted contradiction's statements.",
    },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    "One source's statement of a fact: the values it gives, who gives them and where, when the figures were taken and what " +
    'they count. The fact itself holds the preferred claim\'s values (the paper\'s); docs/model.md, "Claims".',
})
export class Claim {
  @Field(() => ID, { description: CLAIM_PROPERTIES.id }) id!: string;
  @Field({ description: CLAIM_PROPERTIES.name }) name!: string;
  @Field({ description: CLAIM_PROPERTIES.factId }) factId!: string;
  @Field({ description: CLAIM_PROPERTIES.factType }) factType!: string;
  @Field(() => GraphQLJSONObject, { description: 'The values the claim states, by property name, e.g. {"boxOfficeHKD": 81783591}.' })
  values!: Record<string, unknown>;
  @Field(() => ID, { description: CLAIM_PROPERTIES.source }) sourceId!: string;
  @Field({ description: CLAIM_PROPERTIES.locator }) locator!: string;
  @Field({ description: CLAIM_PROPERTIES.preferred }) preferred!: boolean;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.asOf }) asOf?: string;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.stillShowing }) stillShowing?: boolean;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.counts }) counts?: string;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.nameAsPrinted }) nameAsPrinted?: string;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.valueAsPrinted }) valueAsPrinted?: string;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.unit }) unit?: string;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.note }) note?: string;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.statement }) statement?: string;
  @Field({ nullable: true, description: CLAIM_PROPERTIES.contradiction }) contradiction?: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A fact whose sources disagree on one property, each claim with its value and source; or a noted contradiction: one ' +
    'source\'s statements that disagree in words (the paper\'s "peak" against Table 1), each claim quoting its statement.',
})
export class Conflict {
  @Field(() => ConflictKind, {
    description: 'BETWEEN_SOURCES when the claims come from more than one source, WITHIN_SOURCE when from one.',
  })
  kind!: ConflictKindName;
  @Field({ description: `${CLAIM_PROPERTIES.factId}; for a noted contradiction, its first statement's fact (all are in factIds).` })
  factId!: string;
  @Field(() => [String], { description: "Every fact the claims are about: one for values, a noted contradiction's statements' facts." })
  factIds!: string[];
  @Field({ description: CLAIM_PROPERTIES.factType }) factType!: string;
  @Field({ nullable: true, description: 'The property the claims disagree on, e.g. boxOfficeHKD; null for a noted contradiction.' })
  property?: string;
  @Field({ nullable: true, description: `${CLAIM_PROPERTIES.contradiction}; null for values.` }) contradiction?: string;
  @Field(() => [ID], { description: 'The entities the facts are about (both ends of a relationship, or the entity).' }) about!: string[];
  @Field(() => [Claim], { description: "Every claim stating the property, the preferred first; a noted contradiction's, by locator." })
  claims!: Claim[];
  @Field(() => [GraphQLJSON], {
    description: "The claims' values of the property, in the order of `claims`; a noted contradiction's statements, as printed.",
  })
  values!: unknown[];
  @Field(() => Float, { nullable: true, description: 'The largest value less the smallest, when all are numbers.' }) difference?: number;
}

/** A stored claim as the API gives it: its values apart from what says where they come from. */
export function toClaim(data: ClaimData): Claim {
  const values = Object.fromEntries((data.claimed ?? []).map((name) => [name, data[name]]));
  return Object.assign({}, data, { values, sourceId: data.source, preferred: data.preferred === true }) as unknown as Claim;
}

const toConflict = (c: ConflictData): Conflict => ({
  ...c,
  property: c.property ?? undefined,
  contradiction: c.contradiction ?? undefined,
  claims: c.claims.map(toClaim),
  values: c.claims.map((claim) => (c.property === null ? claim.statement : claim[c.property])),
  difference: c.difference ?? undefined,
});

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The Source that states the claim.' })
  source(@Root() claim: Claim, @Ctx() ctx: RequestContext): Promise<Entity | null> {
    return ctx.store.node(claim.sourceId);
  }

  @Query(() => [Conflict], {
    description:
      'The facts whose sources disagree: per fact and property, every claim with its value, source, locator, date and what it ' +
      "counts, and the difference; and the noted contradictions, each statement quoted with its locator. The paper's statements " +
      'against itself are claims too (source the paper, two locators): `kind: WITHIN_SOURCE` lists them all.',
  })
  async conflicts(
    @Ctx() ctx: RequestContext,
    @Arg('about', () => ID, { nullable: true, description: 'Only facts about this entity, e.g. work:warriors-of-future.' }) about?: string,
    @Arg('factType', { nullable: true, description: 'Only facts of this relationship type or entity label, e.g. RELEASED_IN, MarketYear.' })
    factType?: string,
    @Arg('sources', () => [ID], {
      nullable: true,
      description: 'Only claims of these sources (and only where they disagree among themselves).',
    })
    sources?: string[],
    @Arg('kind', () => ConflictKind, {
      nullable: true,
      description:
        "Only conflicts of this kind. WITHIN_SOURCE compares each source's claims with its own only, so a source's disagreement " +
        'with itself shows even where other sources state the fact too.',
    })
    kind?: ConflictKindName,
  ): Promise<Conflict[]> {
    return (await claimConflicts(ctx.store.graph, { about, factType, sources, kind })).map(toConflict);
  }
}

const claimsDescription = (what: string) =>
  `Every claim of ${what}, side by side, the preferred (whose values the fact holds) first; empty when only one source states it.`;

@Resolver(() => Fact)
export class FactClaimsResolver {
  @FieldResolver(() => [Claim], { description: claimsDescription('this fact') })
  async claims(@Root() fact: FactValue, @Ctx() ctx: RequestContext): Promise<Claim[]> {
    const id = fact.properties.id;
    return typeof id === 'string' ? (await ctx.store.claims(id)).map(toClaim) : [];
  }
}

@Resolver(() => MarketYear)
export class MarketYearClaimsResolver {
  @FieldResolver(() => [Claim], { description: claimsDescription("this market year's figures") })
  async claims(@Root() year: Node, @Ctx() ctx: RequestContext): Promise<Claim[]> {
    return (await ctx.store.claims(year.id)).map(toClaim);
  }
}

export const claimResolvers = [ClaimResolver, FactClaimsResolver, MarketYearClaimsResolver];
