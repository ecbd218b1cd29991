import { GraphQLError, GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Entity } from '../graph/entity';
import type { SearchHitData } from '../graph/store';
import { LABEL_PREFIX } from '../model';
import type { RequestContext } from './context';
import { MAX_PAGE_SIZE, checkPageSize } from './lists';
import { Node } from './node';
import { searchHitReads } from './selection';
import { ErrorCode } from '../errors';

@ObjectType({ simpleResolvers: true, description: 'One search result, with its relevance score.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance; higher is better.' })
  score!: number;

  @Field(() => Node)
  node!: Entity;
}

const SEARCHABLE = Object.keys(LABEL_PREFIX).filter((l) => l !== 'Source' && l !== 'MarketYear');

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    nullable: true,
    description: 'Finds works, people, studios, platforms, regions, policies and festivals by part of an English '
      + 'or Chinese name, title or alias (e.g. "Infernal", "长津湖", "FILMART"), best match first.',
  })
  async search(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('text', { description: 'Words to look for; Chinese text is matched by character pairs.' }) text: string,
    @Arg('types', () => [String], { nullable: true, description: `Only these types: ${SEARCHABLE.join(', ')}.` }) types?: string[],
    @Arg('first', () => Int, { defaultValue: 20, description: `At most this many hits (up to ${MAX_PAGE_SIZE}).` }) first = 20,
  ): Promise<SearchHitData[]> {
    checkPageSize(first);
    const unknown = (types ?? []).filter((t) => !SEARCHABLE.includes(t));
    if (unknown.length > 0) {
      throw new GraphQLError(`types: ${unknown.join(', ')} cannot be searched; use ${SEARCHABLE.join(', ')}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    if (text.length > 200) throw new GraphQLError('text: at most 200 characters', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return ctx.store.search(text, types ?? [], first, searchHitReads(info));
  }
}
