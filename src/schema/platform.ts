import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: 'A TV channel, streaming service or app.' })
export class Platform extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'TV_CHANNEL, STREAMING_SERVICE, APP or SOCIAL_MEDIA.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

@Resolver(() => Platform)
export class PlatformResolver {
  @FieldResolver(() => [Fact], { description: 'Works aired on the platform.' })
  airings(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'AIRED_ON', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Who operates the platform.' })
  operators(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'OPERATES', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Policies that enabled the platform.' })
  enabledBy(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'ENABLED_BY', 'OUT', { year });
  }
}
