import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from './context';
import { Fact, FactValue, toFact } from './fact';
import { Direction, Entity, Node } from './node';

/** Every relationship of a node whatever its type: what a graph view needs to draw a neighbourhood. */
@Resolver(() => Node)
export class NeighbourhoodResolver {
  @FieldResolver(() => [Fact], {
    description:
      'Every relationship at this node, whatever its type (CITED_IN included), each with the node at ' +
      'the other end, its facts, source and locator; ordered by type, direction, year and rank.',
  })
  async relationships(
    @Root() node: Entity,
    @Ctx() ctx: RequestContext,
    @Arg('direction', () => Direction, { nullable: true, description: 'OUT or IN only; both when left out.' }) direction?: Direction | null,
  ): Promise<FactValue[]> {
    const rows = await ctx.loaders.neighbourhood.load({ id: node.id, direction: direction ?? null });
    return rows.map(toFact);
  }
}
