import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Executor } from '../graph/executor';
import type { RelationshipRow } from '../graph/loaders';
import type { RequestContext } from '../server/context';
import { Fact, FactValue, toFact } from './fact';
import { Direction, Entity, Node } from './node';

type NeighbourhoodKey = { id: string; direction: Direction | null };
type NeighbourhoodLoader = DataLoader<NeighbourhoodKey, RelationshipRow[]>;

const keyOf = (k: NeighbourhoodKey): string => `${k.id}|${k.direction ?? 'BOTH'}`;

/**
 * Reads the relationships of every node asked for in one tick with one statement, so a list of nodes
 * costs no more statements than one node. No cache: a mutation earlier in the same request may have
 * changed the relationships, and the shared loaders' reset after writes does not reach this one.
 */
function neighbourhoodLoader(executor: Executor): NeighbourhoodLoader {
  return new DataLoader(async (keys) => {
    // Without a cache, one node asked for twice comes as two equal keys: each is read once.
    const unique = [...new Map(keys.map((k) => [keyOf(k), { ...k }])).values()];
    const rows = await executor.read('neighbourhoodOfNodes', { keys: unique });
    const grouped = new Map<string, RelationshipRow[]>(keys.map((k) => [keyOf(k), []]));
    for (const r of rows) {
      grouped.get(keyOf({ id: r.id as string, direction: r.asked as Direction | null }))?.push({
        type: r.type as string,
        direction: r.direction as RelationshipRow['direction'],
        props: r.props as Record<string, unknown>,
        other: { label: r.otherLabel as string, props: r.other as Record<string, unknown> },
      });
    }
    return keys.map((k) => grouped.get(keyOf(k))!);
  }, { cache: false });
}

/** One loader per request, kept beside the request's other loaders and dropped with them. */
const loaders = new WeakMap<object, NeighbourhoodLoader>();
function loaderFor(ctx: RequestContext): NeighbourhoodLoader {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = neighbourhoodLoader(ctx.store.executor);
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

/** Every relationship of a node whatever its type: what a graph view needs to draw a neighbourhood. */
@Resolver(() => Node)
export class NeighbourhoodResolver {
  @FieldResolver(() => [Fact], {
    description: 'Every relationship at this node, whatever its type (CITED_IN included), each with the node at '
      + 'the other end, its facts, source and locator; ordered by type, direction, year and rank.',
  })
  async relationships(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('direction', () => Direction, { nullable: true, description: 'OUT or IN only; both when left out.' }) direction?: Direction | null,
  ): Promise<FactValue[]> {
    const rows = await loaderFor(ctx).load({ id: node.id, direction: direction ?? null });
    return rows.map(toFact);
  }
}
