import { GraphQLJSON } from 'graphql-scalars';
import { Arg, ClassType, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { AggregateRow, entityAggregate, factsAggregate, GroupByInput } from '../graph/aggregate';
import type { FilterInput } from '../graph/filter';
import { averageDecimals } from '../model';
import type { RequestContext } from './context';
import { EntityFilter, LISTS } from './lists';
import { Direction, Entity, Node, toEntity } from './node';
import { checkedSources } from './sources';

export enum FactEnd {
  FROM = 'FROM',
  TO = 'TO',
}
registerEnumType(FactEnd, { name: 'FactEnd', description: 'FROM: the node a fact starts from; TO: the node it ends at.' });

@InputType({ description: 'A relationship whose other end makes the groups, e.g. ORIGINATES_FROM for works by origin.' })
class GroupThrough {
  @Field({ description: 'Relationship type, e.g. ORIGINATES_FROM.' }) type!: string;
  @Field(() => Direction, { defaultValue: Direction.OUT, description: "OUT or IN, from the entity (the fact's start)." })
  direction!: Direction;
  @Field({ nullable: true, description: 'Label of the other end; by default any the model allows.' }) label?: string;
}

@InputType({ description: 'How to group an aggregate: give one of these.' })
export class AggregateGroupBy implements GroupByInput {
  @Field({ nullable: true, description: 'A property whose values make the groups, e.g. year, kind.' }) property?: string;
  @Field(() => GroupThrough, { nullable: true, description: 'The node at the other end of a relationship, e.g. the origin.' })
  relationship?: GroupThrough;
}

@InputType({ description: 'How to group a facts aggregate: give one of these.' })
export class FactGroupBy extends AggregateGroupBy {
  @Field(() => FactEnd, { nullable: true, description: 'The node the fact starts from (FROM) or ends at (TO).' }) end?: FactEnd;
}

@ObjectType({ simpleResolvers: true, description: 'Count, sum, average, minimum and maximum of one property over a group.' })
export class PropertyAggregate {
  @Field({ description: 'The property aggregated, e.g. boxOfficeHKD.' }) property!: string;
  @Field(() => [String], {
    description:
      'The ids of the Sources the values came from (facts, and entities asked with `sources`; else empty for entities, whose sources are their citations).',
  })
  sources!: string[];
  @Field(() => Int, { description: 'Members that give the property.' }) known!: number;
  @Field(() => Int, { description: 'Members the paper gives no value for: not counted anywhere, never taken as 0.' }) missing!: number;
  @Field(() => Float, { nullable: true, description: 'Sum of the numbers given; exact for whole numbers. Null when none is given.' })
  sum?: number;
  @Field(() => Float, { nullable: true, description: 'Average of the numbers given, rounded as `rounding` says. Null when none is given.' })
  average?: number;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Smallest value given.' }) min?: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Largest value given.' }) max?: unknown;
  @Field({ description: 'How average (and a sum of fractions) is rounded: to the precision the paper gives the property.' })
  rounding!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One group of an aggregate (the only one when not grouped).' })
export class AggregateGroup {
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The value of the property grouped by; null when grouped otherwise or not given.',
  })
  key?: unknown;
  @Field(() => Node, { nullable: true, description: 'The node grouped by; null when grouped otherwise, or for members without one.' })
  node?: Entity | null;
  @Field(() => Int, { description: 'Members (entities or facts) in the group.' }) count!: number;
  @Field(() => [PropertyAggregate], { description: 'One per property asked for, in the order asked.' }) values!: PropertyAggregate[];
}

const rounding = (property: string): string => {
  const decimals = averageDecimals(property);
  const to = decimals === 0 ? 'the whole unit' : `${decimals} decimal places`;
  return `to ${to}, the precision the paper gives ${property}, half away from zero`;
};

function toGroups(rows: AggregateRow[], properties: readonly string[]): AggregateGroup[] {
  return rows.map((row) => ({
    key: row.key,
    node: row.node ? toEntity(row.node) : null,
    count: row.count,
    values: properties.map((property) => {
      const v = row.values.find((value) => value.property === property)!;
      return { ...v, sum: v.sum ?? undefined, average: v.average ?? undefined, missing: row.count - v.known, rounding: rounding(property) };
    }),
  }));
}

const propertiesArg = { defaultValue: [], description: 'Properties to aggregate, e.g. ["boxOfficeHKD"]; the count is always given.' };

/** The `…Aggregate` field of one list: the list's filter, counted and aggregated, optionally grouped. */
export function listAggregateResolver(label: string, field: string): ClassType {
  @Resolver()
  class ListAggregateResolver {
    @Query(() => [AggregateGroup], {
      name: `${field}Aggregate`,
      description: `Count, sum, average, minimum and maximum over the ${field} the filter keeps (as \`${field}\` keeps them), optionally grouped.`,
    })
    async aggregate(
      @Ctx() ctx: RequestContext,
      @Arg('filter', () => EntityFilter, { nullable: true, description: 'Which entities to aggregate.' }) filter?: FilterInput,
      @Arg('properties', () => [String], propertiesArg) properties: string[] = [],
      @Arg('groupBy', () => AggregateGroupBy, { nullable: true, description: 'How to group; one group when left out.' })
      groupBy?: AggregateGroupBy,
      @Arg('sources', () => [ID], {
        nullable: true,
        description:
          "Answer from these Sources' claims instead of the entities' own figures (a MarketYear's): per entity and property, " +
          'the first listed source that states it; an entity none of them states is missing, never 0. `sources` on each value names them.',
      })
      sources?: string[],
    ): Promise<AggregateGroup[]> {
      const asked = await checkedSources(ctx, sources);
      return toGroups(await entityAggregate(ctx.store.graph, label, { filter, properties, groupBy, sources: asked }), properties);
    }
  }
  return ListAggregateResolver;
}

@Resolver()
export class FactsAggregateResolver {
  @Query(() => [AggregateGroup], {
    description:
      'Count, sum, average, minimum and maximum over the facts of one relationship type, e.g. the box office of RELEASED_IN ' +
      'facts: filtered on the fact, the node it starts from and the node it ends at, optionally grouped.',
  })
  async factsAggregate(
    @Ctx() ctx: RequestContext,
    @Arg('type', { description: 'Relationship type, e.g. RELEASED_IN.' }) type: string,
    @Arg('fact', () => EntityFilter, { nullable: true, description: "Tests on the fact's own properties, e.g. year." }) fact?: FilterInput,
    @Arg('from', () => EntityFilter, { nullable: true, description: 'Tests on the node the fact starts from.' }) from?: FilterInput,
    @Arg('to', () => EntityFilter, { nullable: true, description: 'Tests on the node the fact ends at.' }) to?: FilterInput,
    @Arg('properties', () => [String], propertiesArg) properties: string[] = [],
    @Arg('groupBy', () => FactGroupBy, { nullable: true, description: 'How to group; one group when left out.' }) groupBy?: FactGroupBy,
    @Arg('sources', () => [String], {
      nullable: true,
      description:
        "Answer from these Sources' claims instead of the facts' own values (the preferred claims): per fact and property, the " +
        'first listed source that states it answers; a fact none of them states is missing, never 0. E.g. ["source:hk01-hkbo-2022-top-ten"].',
    })
    sources?: string[],
  ): Promise<AggregateGroup[]> {
    const asked = await checkedSources(ctx, sources);
    return toGroups(await factsAggregate(ctx.store.graph, { type, fact, from, to, properties, groupBy, sources: asked }), properties);
  }
}

export const aggregateResolvers = [...LISTS.map(({ label, field }) => listAggregateResolver(label, field)), FactsAggregateResolver];
