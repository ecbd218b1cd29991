import { Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { RelationshipRow } from '../graph/loaders';
import type { RequestContext } from './context';
import { Direction, Entity, Node, toEntity } from './node';
import { Source } from './source';

/** A relationship seen from one end, as resolvers pass it around. */
export type FactValue = Record<string, any> & { type: string; direction: Direction; node: Entity; properties: Record<string, unknown> };

/** Object.assign, not a spread, for the reason toEntity gives. */
export const toFact = (row: RelationshipRow): FactValue =>
  Object.assign({}, row.props, {
    type: row.type,
    direction: row.direction as Direction,
    node: toEntity(row.other),
    properties: row.props,
  }) as FactValue;

@ObjectType({
  simpleResolvers: true,
  description:
    'A relationship of the graph seen from one of its ends: its type, the node at the other end, ' +
    'the facts that qualify it, and where the paper states it (source and locator). Fields the relationship ' +
    'does not carry are null: the paper does not give them.',
})
export class Fact {
  @Field({ description: 'Relationship type, e.g. AIRED_ON, RELEASED_IN, IMPORTED_FROM.' })
  type!: string;

  @Field(() => Direction, { description: 'OUT when the relationship starts at the node asked about.' })
  direction!: Direction;

  @Field(() => Node, { description: 'The node at the other end.' })
  node!: Entity;

  @Field({ nullable: true, description: 'Where in the source the fact stands, e.g. "Table 4, row 3".' })
  locator?: string;

  @Field(() => Int, { nullable: true, description: 'Year the fact refers to.' })
  year?: number;

  @Field({ nullable: true, description: 'First day (ISO date), e.g. of a release or an airing.' })
  startDate?: string;

  @Field({ nullable: true, description: 'Last day (ISO date).' })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'Days in theatres.' })
  days?: number;

  @Field(() => Float, { nullable: true, description: 'Cumulative box office in HK$.' })
  boxOfficeHKD?: number;

  @Field(() => Int, { nullable: true, description: 'Cumulative admissions (number of visits).' })
  admissions?: number;

  @Field(() => Int, { nullable: true, description: 'Rank in the table the fact comes from.' })
  rank?: number;

  @Field(() => Float, { nullable: true, description: 'Trade value in HK$ thousands (IMPORTED_FROM, EXPORTED_TO).' })
  value?: number;

  @Field(() => Float, { nullable: true, description: 'Share in percent, as printed (35.9 means 35.9%).' })
  sharePct?: number;

  @Field(() => Float, { nullable: true, description: 'TV rating points.' })
  rating?: number;

  @Field({ nullable: true, description: 'Broadcast time slot, e.g. "20:30-21:30".' })
  timeSlot?: string;

  @Field(() => Int, { nullable: true, description: 'Number of episodes.' })
  episodes?: number;

  @Field({ nullable: true, description: 'How a broadcaster got the work: in-house, outsourced, purchased, co-produced.' })
  acquisition?: string;

  @Field({ nullable: true, description: 'Role of a party, e.g. in a co-production.' })
  role?: string;

  @Field({ nullable: true, description: 'Award won or nominated for.' })
  award?: string;

  @Field(() => Int, { nullable: true, description: 'Edition of a festival or award.' })
  edition?: number;

  @Field({ nullable: true, description: 'Slot at a festival, e.g. opening film.' })
  slot?: string;

  @Field({ nullable: true, description: 'A note on the fact, e.g. what the paper leaves uncertain.' })
  note?: string;

  @Field(() => GraphQLJSONObject, { description: 'Every property of the relationship, including those without a field of their own.' })
  properties!: Record<string, unknown>;
}

@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The Source the fact comes from (the paper, or general knowledge).' })
  async source(@Root() fact: FactValue, @Ctx() ctx: RequestContext): Promise<Entity | null> {
    return typeof fact.source === 'string' ? ctx.store.node(fact.source) : null;
  }
}
