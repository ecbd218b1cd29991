import type { GraphQLResolveInfo } from 'graphql';
import { Arg, ClassType, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context';
import { Agreement } from './agreement';
import { Festival } from './festival';
import { MarketYear } from './marketYear';
import { Entity, Node } from './node';
import { Person } from './person';
import { Platform } from './platform';
import { Policy } from './policy';
import { Region } from './region';
import { entityChain, entityReads } from './selection';
import { Source } from './source';
import { Studio } from './studio';
import { Work } from './work';

async function ofLabel(ctx: RequestContext, info: GraphQLResolveInfo, id: string, label: string): Promise<Entity | null> {
  const entity = await ctx.store.node(id, entityReads(info), entityChain(info));
  return entity && entity.__label === label ? entity : null;
}

const idArg = { description: 'The id, e.g. `work:infernal-affairs`.' };

/**
 * Lookups by id: `node(id:)` for any type, and one field per type. All go through the node loader,
 * reading only the properties their selection reads.
 */
@Resolver()
export class LookupResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by id; null when no entity has it.' })
  node(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Entity | null> {
    return ctx.store.node(id, entityReads(info), entityChain(info));
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several entities by id, in the order asked; null for an unknown id.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<(Entity | null)[]> {
    return Promise.all(ids.map((id) => ctx.store.node(id, entityReads(info), entityChain(info))));
  }
}

/** A resolver with one lookup field for one entity type: null unless the id is an entity of that type. */
function lookupResolver(type: ClassType, label: string, field: string, description: string): ClassType {
  @Resolver()
  class TypedLookup {
    @Query(() => type, { name: field, nullable: true, description })
    lookup(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Entity | null> {
      return ofLabel(ctx, info, id, label);
    }
  }
  return TypedLookup;
}

export const typedLookupResolvers = [
  lookupResolver(Region, 'Region', 'region', 'A region by id.'),
  lookupResolver(Work, 'Work', 'work', 'A work by id.'),
  lookupResolver(Studio, 'Studio', 'studio', 'A studio by id.'),
  lookupResolver(Platform, 'Platform', 'platform', 'A platform by id.'),
  lookupResolver(Person, 'Person', 'person', 'A person by id.'),
  lookupResolver(Policy, 'Policy', 'policy', 'A policy by id.'),
  lookupResolver(Festival, 'Festival', 'festival', 'A festival, market or award by id.'),
  lookupResolver(Source, 'Source', 'source', 'A source by id.'),
  lookupResolver(MarketYear, 'MarketYear', 'marketYear', "A market's yearly facts by id."),
  lookupResolver(Agreement, 'Agreement', 'agreement', 'An agreement by id.'),
];
