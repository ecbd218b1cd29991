import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import { requireEditor } from '../auth/bearer';
import { Curation } from '../graph/curation';
import type { Entity } from '../graph/entity';
import { LABEL_PREFIX } from '../model';
import type { RequestContext } from './context';
import { Fact, FactValue } from './fact';
import { factsOf } from './facts';
import { Node } from './node';

export enum EntityLabel {
  Region = 'Region', Work = 'Work', Studio = 'Studio', Platform = 'Platform', Person = 'Person', Policy = 'Policy',
  Festival = 'Festival', Source = 'Source', MarketYear = 'MarketYear', Agreement = 'Agreement',
}
registerEnumType(EntityLabel, { name: 'EntityLabel', description: 'The entity labels of the graph.' });

// The enum above must name exactly the labels the seed model knows.
if (Object.keys(EntityLabel).sort().join() !== Object.keys(LABEL_PREFIX).sort().join()) {
  throw new Error('EntityLabel and LABEL_PREFIX disagree');
}

@InputType({ description: 'A new entity, with the source that states it.' })
class CreateEntityInput {
  @Field(() => EntityLabel, { description: 'Its label.' }) label!: EntityLabel;
  @Field(() => ID, { description: 'Its id, `<type>:<kebab-case-slug>` with the prefix of its label.' }) id!: string;
  @Field(() => GraphQLJSONObject, { description: 'Its properties; `name` (or `title` for a Work) is required.' }) properties!: Record<string, unknown>;
  @Field(() => ID, { description: 'The Source that states it, e.g. source:paper.' }) source!: string;
  @Field({ description: 'Where in the source, e.g. "Table 7, row 3".' }) locator!: string;
}

@InputType({ description: 'Names one relationship: its type, its ends and its key.' })
class LinkKeyInput {
  @Field({ description: 'Relationship type, e.g. AIRED_ON.' }) type!: string;
  @Field(() => ID, { description: 'Id of the start node.' }) from!: string;
  @Field(() => ID, { description: 'Id of the end node.' }) to!: string;
  @Field({ nullable: true, description: 'Tells apart relationships of one type between the same nodes, e.g. a year.' }) key?: string;
}

@InputType({ description: 'A new relationship with its facts and the source that states it.' })
class LinkInput extends LinkKeyInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its facts, e.g. {"year": 2022, "rating": 23}.' }) properties?: Record<string, unknown>;
  @Field(() => ID, { description: 'The Source that states it.' }) source!: string;
  @Field({ description: 'Where in the source.' }) locator!: string;
}

@ObjectType({ simpleResolvers: true, description: 'What a delete removed.' })
class DeleteResult {
  @Field(() => ID, { description: 'The id of what was deleted.' }) id!: string;
  @Field(() => Int, { description: 'Relationships removed with it.' }) relationshipsDeleted!: number;
}

const setArg = { nullable: true, description: 'Properties to set (added or replaced).' };
const removeArg = { nullable: true, description: 'Properties to remove.' };

/** Writes for curators: each one transaction, each needing a bearer token with the editor role. */
@Resolver()
export class CurationResolver {
  /** A write changes what this request's loaders may have cached; later reads must see the change. */
  private async write<T>(ctx: RequestContext, work: (curation: Curation) => Promise<T>): Promise<T> {
    requireEditor(ctx.caller);
    try {
      return await work(new Curation(ctx.store.graph));
    } finally {
      for (const loader of Object.values(ctx.loaders)) loader.clearAll();
    }
  }

  @Mutation(() => Node, { description: 'Creates an entity.' })
  async createEntity(@Arg('input', () => CreateEntityInput) input: CreateEntityInput, @Ctx() ctx: RequestContext): Promise<Entity> {
    const id = await this.write(ctx, (c) => c.createEntity(input));
    return (await ctx.store.node(id))!;
  }

  @Mutation(() => Node, { description: 'Sets and removes properties of an entity.' })
  async updateEntity(
    @Arg('id', () => ID, { description: 'The entity.' }) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('set', () => GraphQLJSONObject, setArg) set?: Record<string, unknown>,
    @Arg('remove', () => [String], removeArg) remove?: string[],
  ): Promise<Entity> {
    await this.write(ctx, (c) => c.updateEntity(id, { set, remove }));
    return (await ctx.store.node(id))!;
  }

  @Mutation(() => Node, {
    description: 'Adds `by` to a whole-number property of an entity in one step, so concurrent increments are never lost '
      + '(reading the value and writing it back with updateEntity can lose them). An absent property counts as 0.',
  })
  async incrementProperty(
    @Arg('id', () => ID, { description: 'The entity.' }) id: string,
    @Arg('property', { description: 'A whole-number property, e.g. episodes.' }) property: string,
    @Ctx() ctx: RequestContext,
    @Arg('by', () => Int, { defaultValue: 1, description: 'How much to add; negative subtracts.' }) by: number,
  ): Promise<Entity> {
    await this.write(ctx, (c) => c.incrementProperty(id, property, by));
    return (await ctx.store.node(id))!;
  }

  @Mutation(() => DeleteResult, { description: 'Deletes an entity and all its relationships.' })
  async deleteEntity(@Arg('id', () => ID, { description: 'The entity.' }) id: string, @Ctx() ctx: RequestContext): Promise<DeleteResult> {
    const relationshipsDeleted = await this.write(ctx, (c) => c.deleteEntity(id));
    return { id, relationshipsDeleted };
  }

  @Mutation(() => Fact, { description: 'Creates a relationship; answers it as seen from its start node.' })
  async link(@Arg('input', () => LinkInput) input: LinkInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<FactValue> {
    const id = await this.write(ctx, (c) => c.link(input));
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
    const id = await this.write(ctx, (c) => c.updateLink(link, { set, remove }));
    return this.factFromStart(ctx, info, link, id);
  }

  @Mutation(() => DeleteResult, { description: 'Deletes a relationship.' })
  async unlink(@Arg('link', () => LinkKeyInput, { description: 'The relationship.' }) link: LinkKeyInput, @Ctx() ctx: RequestContext): Promise<DeleteResult> {
    const id = await this.write(ctx, (c) => c.unlink(link));
    return { id, relationshipsDeleted: 1 };
  }

  /** The relationship as its start node's facts show it; the facts always carry the relationship's id. */
  private async factFromStart(ctx: RequestContext, info: GraphQLResolveInfo, link: LinkKeyInput, id: string): Promise<FactValue> {
    const from = (await ctx.store.node(link.from))!;
    const facts = await factsOf(ctx, info, from, link.type, 'OUT');
    return facts.find((f) => f.properties.id === id)!;
  }
}
