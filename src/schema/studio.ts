import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: 'A company or public body that makes, buys, funds, broadcasts or streams works.' })
export class Studio extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'e.g. PRODUCTION_COMPANY, BROADCASTER, STREAMER, GOVERNMENT_BODY.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

@Resolver(() => Studio)
export class StudioResolver {
  @FieldResolver(() => [Fact], { description: 'Works the studio co-produced.' })
  coProductions(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'CO_PRODUCED', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Platforms the studio operates.' })
  operates(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'OPERATES', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Policies that enabled or funded the studio.' })
  enabledBy(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'ENABLED_BY', 'OUT', { year });
  }
}
