import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: 'An actor, director, executive or other person the paper names.' })
export class Person extends Node {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ nullable: true, description: 'Chinese name.' })
  nameZh?: string;

  @Field(() => [String], { nullable: true, description: 'What the person does.' })
  roles?: string[];
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Fact], { description: 'Awards and honours.' })
  honours(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'HONOURED_AT', 'OUT', { year });
  }
}
