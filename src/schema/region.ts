import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: 'A country, territory or city region (e.g. Hong Kong, Mainland China, Taiwan).' })
export class Region extends Node {
  @Field({ description: 'English name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'COUNTRY, TERRITORY, CITY or CONTINENT.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => [Fact], { description: 'Where this region imported film and TV creative products from (Table 1): year, value, share, rank.' })
  imports(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'IMPORTED_FROM', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Regions that imported from this one.' })
  importedBy(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'IMPORTED_FROM', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Where this region exported film and TV creative products to (Table 8).' })
  exports(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'EXPORTED_TO', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Regions that exported to this one.' })
  exportedBy(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'EXPORTED_TO', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Cinema releases in this region, with days, box office and admissions.' })
  releases(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'RELEASED_IN', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Works that come from this region.' })
  originatingWorks(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'ORIGINATES_FROM', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Works this region co-produced.' })
  coProductions(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'CO_PRODUCED', 'OUT', { year });
  }
}
