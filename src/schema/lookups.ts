import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../server/context';
import { Agreement } from './agreement';
import { Festival } from './festival';
import { MarketYear } from './marketYear';
import { Entity, Node } from './node';
import { Person } from './person';
import { Platform } from './platform';
import { Policy } from './policy';
import { Region } from './region';
import { Source } from './source';
import { Studio } from './studio';
import { Work } from './work';

async function ofLabel(ctx: RequestContext, id: string, label: string): Promise<Entity | null> {
  const entity = await ctx.store.node(id);
  return entity && entity.__label === label ? entity : null;
}

const idArg = { description: 'The id, e.g. `work:infernal-affairs`.' };

/** Lookups by id: `node(id:)` for any type, and one field per type. All go through the node loader. */
@Resolver()
export class LookupResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by id; null when no entity has it.' })
  node(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext): Promise<Entity | null> {
    return ctx.store.node(id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several entities by id, in the order asked; null for an unknown id.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<(Entity | null)[]> {
    return Promise.all(ids.map((id) => ctx.store.node(id)));
  }

  @Query(() => Region, { nullable: true, description: 'A region by id.' })
  region(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Region'); }

  @Query(() => Work, { nullable: true, description: 'A work by id.' })
  work(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Work'); }

  @Query(() => Studio, { nullable: true, description: 'A studio by id.' })
  studio(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Studio'); }

  @Query(() => Platform, { nullable: true, description: 'A platform by id.' })
  platform(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Platform'); }

  @Query(() => Person, { nullable: true, description: 'A person by id.' })
  person(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Person'); }

  @Query(() => Policy, { nullable: true, description: 'A policy by id.' })
  policy(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Policy'); }

  @Query(() => Festival, { nullable: true, description: 'A festival, market or award by id.' })
  festival(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Festival'); }

  @Query(() => Source, { nullable: true, description: 'A source by id.' })
  source(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Source'); }

  @Query(() => MarketYear, { nullable: true, description: "A market's yearly facts by id." })
  marketYear(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'MarketYear'); }

  @Query(() => Agreement, { nullable: true, description: 'An agreement by id.' })
  agreement(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext) { return ofLabel(ctx, id, 'Agreement'); }
}
