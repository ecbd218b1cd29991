import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ADMIN_ROLE, requireRole } from '../auth/bearer';
import { Curation } from '../graph/curation';
import type { ChangeFeed } from '../graph/feed';
import { ChangeRecord, History } from '../graph/history';
import { ErrorCode } from '../errors';
import { GraphQLError } from 'graphql';
import { Change, ChangePage, changeView } from './changeTypes';
import type { RequestContext } from './context';

/** What the stream yields once the feed has ended a subscription: its reason, raised by the field as its error. */
interface FeedEnded {
  ended: GraphQLError;
}

/**
 * The feed as the subscription's source: a refusal of `after` first, and the feed's ending (FEED_BEHIND) as a
 * last event, so that the client receives it as a GraphQL error before `complete` rather than a broken socket.
 */
function feedStream(feed: ChangeFeed, after: number | undefined): AsyncIterableIterator<ChangeRecord | FeedEnded> {
  if (after !== undefined && after !== null && (!Number.isInteger(after) || after < 0))
    throw new GraphQLError('after: must be 0 or a seq', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'after' } });
  const changes = feed.subscribe(after ?? undefined);
  let ended = false;
  const stream: AsyncIterableIterator<ChangeRecord | FeedEnded> = {
    [Symbol.asyncIterator]: () => stream,
    async next() {
      if (ended) return { value: undefined, done: true };
      try {
        return await changes.next();
      } catch (err) {
        ended = true;
        return { value: { ended: err as GraphQLError }, done: false };
      }
    },
    return: () => changes.return!(),
  };
  return stream;
}

/** The history of API writes: per entity or fact, as a feed since a cursor, live, and reverts. */
@Resolver()
export class HistoryResolver {
  @Query(() => [Change], { description: 'Every change to an entity (by id) or a fact (by its id, type|from|to|key), in commit order.' })
  async history(
    @Arg('id', () => ID, { description: "An entity's id or a fact's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Change[]> {
    return (await new History(ctx.store.graph).of([id])).map(changeView);
  }

  @Query(() => ChangePage, {
    description:
      'The feed: changes committed after the cursor `after`, in commit order, for graphs that federate this one and want ' +
      "to stay in step. Start at 0; pass the answer's `cursor` next time.",
  })
  async changes(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => Int, { defaultValue: 0, description: 'The last seq already seen.' }) after: number,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many changes (1-1000).' }) first: number,
  ): Promise<ChangePage> {
    if (!Number.isInteger(after) || after < 0)
      throw new GraphQLError('after: must be 0 or a seq', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'after' } });
    if (first < 1 || first > 1000)
      throw new GraphQLError('first: must be between 1 and 1000', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'first' } });
    const changes = await new History(ctx.store.graph).after(after, first);
    return { changes: changes.map(changeView), cursor: changes.length > 0 ? changes[changes.length - 1].seq : after };
  }

  @Mutation(() => Change, {
    description:
      'Reverts one change (admin role), while its entity or fact is still as the change left it (otherwise CONFLICT: ' +
      'revert the later changes first). The revert is itself a change, recorded with `revertOf`.',
  })
  async revertChange(
    @Arg('seq', () => Int, { description: 'The change to revert.' }) seq: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Change> {
    const author = requireRole(ctx.caller, ADMIN_ROLE, 'Reverting');
    try {
      return changeView((await new Curation(ctx.store.graph, ctx.feed).revert(author, seq)).records[0]);
    } finally {
      for (const loader of Object.values(ctx.loaders)) loader.clearAll();
    }
  }

  @Subscription(() => Change, {
    description:
      'Each change as it commits, by any server on this graph or a command-line writer, in commit order (over WebSocket, ' +
      'graphql-ws protocol, at /graphql). With `after`, first every change after that seq: resubscribe with the last seq ' +
      'received to miss nothing. A subscriber more than FEED_MAX_BEHIND changes behind receives FEED_BEHIND and is ended.',
    subscribe: ({ args, context }) => feedStream((context as RequestContext).feed, args.after as number | undefined),
  })
  changeCommitted(
    @Root() change: ChangeRecord | FeedEnded,
    @Arg('after', () => Int, { nullable: true, description: 'The last seq already seen: start with the change after it.' })
    _after?: number,
  ): Change {
    if ('ended' in change) throw change.ended;
    return changeView(change);
  }
}
