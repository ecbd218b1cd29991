import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: 'A festival, market, award or exhibition. Edition facts are on its relationships.' })
export class Festival extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field({ nullable: true, description: 'Kind.' })
  kind?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

@Resolver(() => Festival)
export class FestivalResolver {
  @FieldResolver(() => [Fact], { description: 'Works screened, with year, edition and slot.' })
  screenings(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'SCREENED_AT', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'People and works honoured, with award, year and edition.' })
  honours(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'HONOURED_AT', 'IN', { year });
  }
}
