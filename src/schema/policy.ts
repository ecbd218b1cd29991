import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: 'A law, agreement, amendment, fund, scheme or government initiative.' })
export class Policy extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'Kind of policy.' })
  kind?: string;

  @Field({ nullable: true, description: 'Date it took effect (ISO).' })
  effectiveDate?: string;

  @Field(() => Float, { nullable: true, description: 'Amount in HK$.' })
  amountHKD?: number;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

@Resolver(() => Policy)
export class PolicyResolver {
  @FieldResolver(() => [Fact], { description: 'Works, studios, platforms and policies this policy enabled or funded.' })
  enables(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'ENABLED_BY', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Policies this one builds on.' })
  enabledBy(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'ENABLED_BY', 'OUT', { year });
  }
}
