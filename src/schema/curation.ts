import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ADMIN_ROLE, EDITOR_ROLE, requireRole } from '../auth/bearer';
import type { ChangeRequest } from '../graph/changes';
import { Curation } from '../graph/curation';
import type { Entity } from '../graph/entity';
import { ChangeInput, ChangeSetResult, changeView } from './changeTypes';
import type { RequestContext } from './context';
import { CreateEntityInput, LinkInput, LinkKeyInput } from './curationInputs';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';
import { Node } from './node';

@ObjectType({ simpleResolvers: true, description: 'What a delete removed.' })
class DeleteResult {
  @Field(() => ID, { description: 'The id of what was deleted.' }) id!: string;
  @Field(() => Int, { description: 'Relationships removed with it.' }) relationshipsDeleted!: number;
}

const setArg = { nullable: true, description: 'Properties to set (added or replaced).' };
const removeArg = { nullable: true, description: 'Properties to remove.' };

/** The role a change set needs: deletes need an admin, everything else an editor. */
const roleFor = (changes: ChangeRequest[]) => (changes.some((c) => 'deleteEntity' in c && c.deleteEntity) ? ADMIN_ROLE : EDITOR_ROLE);

/**
 * Writes for curators: each mutation one change set (one transaction, recorded in the history with the
 * token's subject), needing a bearer token with the editor role, or admin for deletes.
 */
@Resolver()
export class CurationResolver {
  /** A write changes what this request's loaders may have cached; later reads must see the change. */
  private async apply(ctx: RequestContext, changes: ChangeRequest[]) {
    const author = requireRole(ctx.caller, roleFor(changes), changes.length > 1 ? 'Applying these changes' : 'Writing');
    try {
      return await new Curation(ctx.store.graph, ctx.feed).apply(author, changes);
    } finally {
      for (const loader of Object.values(ctx.loaders)) loader.clearAll();
    }
  }

  private async one(ctx: RequestContext, change: ChangeRequest): Promise<string | number> {
    return (await this.apply(ctx, [change])).results[0];
  }

  @Mutation(() => ChangeSetResult, {
    description:
      'Applies a change set: every change in one transaction, all or none, in the order given (a later change sees ' +
      'the earlier ones). A refusal names the change (`changes[2]`), the field and why, and writes nothing. Each change is ' +
      'recorded in the history. Needs the editor role, or admin when the set deletes an entity.',
  })
  async applyChanges(
    @Arg('changes', () => [ChangeInput], { description: 'The changes, each naming exactly one kind of change.' }) changes: ChangeInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ChangeSetResult> {
    const applied = await this.apply(ctx, changes as ChangeRequest[]);
    return { changeSet: applied.records[0].changeSet, changes: applied.records.map(changeView) };
  }

  @Mutation(() => Node, { description: 'Creates an entity.' })
  async createEntity(@Arg('input', () => CreateEntityInput) input: CreateEntityInput, @Ctx() ctx: RequestContext): Promise<Entity> {
    const id = (await this.one(ctx, { createEntity: input })) as string;
    return (await ctx.store.node(id))!;
  }

  @Mutation(() => Node, { description: 'Sets and removes properties of an entity.' })
  async updateEntity(
    @Arg('id', () => ID, { description: 'The entity.' }) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('set', () => GraphQLJSONObject, setArg) set?: Record<string, unknown>,
    @Arg('remove', () => [String], removeArg) remove?: string[],
  ): Promise<Entity> {
    await this.one(ctx, { updateEntity: { id, set, remove } });
    return (await ctx.store.node(id))!;
  }

  @Mutation(() => Node, {
    description:
      'Adds `by` to a whole-number property of an entity in one step, so concurrent increments are never lost ' +
      '(reading the value and writing it back with updateEntity can lose them). An absent property counts as 0.',
  })
  async incrementProperty(
    @Arg('id', () => ID, { description: 'The entity.' }) id: string,
    @Arg('property', { description: 'A whole-number property, e.g. episodes.' }) property: string,
    @Ctx() ctx: RequestContext,
    @Arg('by', () => Int, { defaultValue: 1, description: 'How much to add; negative subtracts.' }) by: number,
  ): Promise<Entity> {
    await this.one(ctx, { incrementProperty: { id, property, by } });
    return (await ctx.store.node(id))!;
  }

  @Mutation(() => DeleteResult, {
    description: 'Deletes an entity and all its relationships (admin role). A Source that anything cites cannot be deleted.',
  })
  async deleteEntity(@Arg('id', () => ID, { description: 'The entity.' }) id: string, @Ctx() ctx: RequestContext): Promise<DeleteResult> {
    const relationshipsDeleted = (await this.one(ctx, { deleteEntity: { id } })) as number;
    return { id, relationshipsDeleted };
  }

  @Mutation(() => Fact, { description: 'Creates a relationship; answers it as seen from its start node.' })
  async link(
    @Arg('input', () => LinkInput) input: LinkInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FactValue> {
    const id = (await this.one(ctx, { link: input })) as string;
    return this.factFromStart(ctx, info, input, id);
  }

  @Mutation(() => Fact, { description: 'Sets and removes facts on a relationship.' })
  async updateLink(
    @Arg('link', () => LinkKeyInput, { description: 'The relationship.' }) link: LinkKeyInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('set', () => GraphQLJSONObject, setArg) set?: Record<string, unknown>,
    @Arg('remove', () => [String], removeArg) remove?: string[],
  ): Promise<FactValue> {
    const id = (await this.one(ctx, { updateLink: { link, set, remove } })) as string;
    return this.factFromStart(ctx, info, link, id);
  }

  @Mutation(() => DeleteResult, { description: 'Deletes a relationship.' })
  async unlink(
    @Arg('link', () => LinkKeyInput, { description: 'The relationship.' }) link: LinkKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteResult> {
    const id = (await this.one(ctx, { unlink: { link } })) as string;
    return { id, relationshipsDeleted: 1 };
  }

  /** The relationship as its start node's facts show it; the facts always carry the relationship's id. */
  private async factFromStart(ctx: RequestContext, info: GraphQLResolveInfo, link: LinkKeyInput, id: string): Promise<FactValue> {
    const from = (await ctx.store.node(link.from))!;
    const facts = await factsOf(ctx, info, from, link.type, 'OUT');
    return facts.find((f) => f.properties.id === id)!;
  }
}
