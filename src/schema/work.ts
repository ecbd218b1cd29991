import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Node } from './node';
import type { Entity } from './node';
import type { RequestContext } from '../server/context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';

@ObjectType({ implements: Node, description: 'A film, TV drama, animation, documentary or other programme.' })
export class Work extends Node {
  @Field({ description: 'English title.' })
  title!: string;

  @Field({ nullable: true, description: 'Chinese title as the paper prints it.' })
  titleZh?: string;

  @Field({ nullable: true, description: 'FILM, TV_DRAMA, ANIMATION, DOCUMENTARY or PROGRAMME.' })
  kind?: string;

  @Field(() => Int, { nullable: true, description: 'Year of the work (from general knowledge where the paper gives none; see properties.yearSource).' })
  year?: number;

  @Field({ nullable: true, description: 'Release date (ISO).' })
  releaseDate?: string;

  @Field(() => Int, { nullable: true, description: 'Length in minutes.' })
  runtimeMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Number of episodes.' })
  episodes?: number;

  @Field(() => [String], { nullable: true, description: 'Genres as the paper lists them.' })
  genres?: string[];

  @Field(() => [String], { nullable: true, description: 'Languages.' })
  languages?: string[];

  @Field({ nullable: true, description: 'Hong Kong classification: I, IIA, IIB or III.' })
  classification?: string;

  @Field({ nullable: true, description: 'A note from the paper.' })
  note?: string;
}

@Resolver(() => Work)
export class WorkResolver {
  @FieldResolver(() => [Fact], { description: 'Where and when the work aired: platform, dates, time slot, episodes, rating, acquisition.' })
  airings(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'AIRED_ON', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Cinema releases: region, dates, days, box office, admissions, rank.' })
  releases(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'RELEASED_IN', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Regions the work comes from.' })
  origins(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'ORIGINATES_FROM', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Studios and regions that co-produced the work.' })
  coProducers(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'CO_PRODUCED', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Remakes of this work.' })
  remadeAs(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'REMADE_AS', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'The work this one remakes.' })
  remakeOf(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'REMADE_AS', 'IN', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Policies that enabled or funded the work.' })
  enabledBy(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'ENABLED_BY', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Festival screenings.' })
  screenings(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'SCREENED_AT', 'OUT', { year });
  }

  @FieldResolver(() => [Fact], { description: 'Awards and honours.' })
  honours(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only facts of this year.' }) year?: number,
  ): Promise<FactValue[]> {
    return factsOf(ctx, node, 'HONOURED_AT', 'OUT', { year });
  }
}
