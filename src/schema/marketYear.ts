import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: "One year's aggregate facts on a market or platform (Tables 2, 3 and 6), e.g. Hong Kong cinema in 2022." })
export class MarketYear extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The year.' })
  year?: number;

  @Field({ nullable: true, description: 'Kind of market.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

@Resolver(() => MarketYear)
export class MarketYearResolver {
  @FieldResolver(() => [Fact], { description: 'The region, platform or studio the facts describe.' })
  subject(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'FACTS_FOR', 'OUT', { year });
  }
}
