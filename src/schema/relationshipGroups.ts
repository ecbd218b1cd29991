import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { ErrorCode } from '../errors';
import { isModelType } from '../model';
import type { GroupPageKey } from '../graph/groupLoaders';
import type { RequestContext } from './context';
import { Fact, FactValue, toFact } from './fact';
import { Direction, Entity, Node } from './node';
import { MAX_PAGE_SIZE } from './lists';

/** What the graph view draws of a group at a time, unless asked for another size. */
export const GROUP_PAGE_SIZE = 25;

@ObjectType({
  simpleResolvers: true,
  description: "Some of a node's relationships: those of one type and direction, and how many there are.",
})
export class RelationshipGroup {
  @Field({ description: 'Relationship type, e.g. IMPORTED_FROM.' })
  type!: string;

  @Field(() => Direction, { description: 'OUT when the relationships start at the node, IN when they end there.' })
  direction!: Direction;

  @Field(() => Int, { description: 'How many relationships the group holds (parallel ones counted each).' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of neighbours through one group of relationships, each with every relationship of the group to it.',
})
export class RelationshipPage {
  @Field(() => [Fact], {
    description: "The group's relationships to this page's neighbours, neighbour by neighbour (by id), each by year.",
  })
  facts!: FactValue[];

  @Field(() => Int, { description: 'How many neighbours this page holds (at most `first`).' })
  neighbours!: number;

  @Field(() => ID, { nullable: true, description: 'Give it as `after` for the next page; null when this page is the last.' })
  endCursor!: string | null;
}

const refuse = (field: string, message: string): never => {
  throw new GraphQLError(`${field}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
};

/** The arguments of relationshipPage, checked: each problem named by its argument. */
function pageKey(id: string, args: Omit<GroupPageKey, 'id'>): GroupPageKey {
  if (!isModelType(args.type)) refuse('type', `"${args.type}" is not a relationship type of the model`);
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    refuse('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${args.first}`);
  }
  if (args.fromYear !== null && args.toYear !== null && args.fromYear > args.toYear) {
    refuse('fromYear', `${args.fromYear} is after toYear ${args.toYear}`);
  }
  return { id, ...args };
}

/** A node's relationships by group, for a graph view that expands a hub a group and a page at a time. */
@Resolver(() => Node)
export class RelationshipGroupsResolver {
  @FieldResolver(() => [RelationshipGroup], {
    description:
      "The node's relationships counted by type and direction (CITED_IN included), largest group first: " +
      'what a graph view offers before it draws any.',
  })
  relationshipGroups(@Root() node: Entity, @Ctx() ctx: RequestContext): Promise<RelationshipGroup[]> {
    return ctx.loaders.relationshipGroups.load(node.id) as Promise<RelationshipGroup[]>;
  }

  @FieldResolver(() => RelationshipPage, {
    description:
      'A page of the neighbours through one type and direction, in order of id, each with all its relationships ' +
      'of the group (narrowed to years when asked); `endCursor` continues it.',
  })
  async relationshipPage(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('type', { description: 'A relationship type of the model, e.g. IMPORTED_FROM.' }) type: string,
    @Arg('direction', () => Direction, { description: 'OUT from the node or IN to it.' }) direction: Direction,
    @Arg('first', () => Int, { defaultValue: GROUP_PAGE_SIZE, description: `Neighbours per page, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg('after', () => ID, { nullable: true, description: 'The endCursor of the page before.' }) after?: string | null,
    @Arg('fromYear', () => Int, { nullable: true, description: 'Only relationships of this year or later.' }) fromYear?: number | null,
    @Arg('toYear', () => Int, { nullable: true, description: 'Only relationships of this year or earlier.' }) toYear?: number | null,
  ): Promise<RelationshipPage> {
    const key = pageKey(node.id, { type, direction, first, after: after ?? null, fromYear: fromYear ?? null, toYear: toYear ?? null });
    const page = await ctx.loaders.relationshipPage.load(key);
    return { facts: page.facts.map(toFact), neighbours: page.neighbours, endCursor: page.endCursor };
  }
}
