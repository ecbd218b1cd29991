import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context';

@ObjectType({ simpleResolvers: true, description: 'How many nodes carry one label.' })
export class LabelCount {
  @Field({ description: 'A node label, e.g. Work or Region.' })
  label!: string;

  @Field(() => Int, { description: 'Number of nodes with the label.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many relationships there are of one type.' })
export class RelationshipTypeCount {
  @Field({ description: 'A relationship type, e.g. IMPORTED_FROM.' })
  type!: string;

  @Field(() => Int, { description: 'Number of relationships of the type.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The size of the knowledge graph, read from Neo4j.' })
export class GraphStats {
  @Field(() => [LabelCount], { description: 'Nodes by label, in label order.' })
  nodesByLabel!: LabelCount[];

  @Field(() => [RelationshipTypeCount], { description: 'Relationships by type, in type order.' })
  relationshipsByType!: RelationshipTypeCount[];

  @Field(() => Int, { description: 'All nodes.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'All relationships.' })
  relationshipCount!: number;
}

@Resolver()
export class GraphStatsResolver {
  @Query(() => GraphStats, { nullable: true, description: 'Counts of nodes by label and relationships by type.' })
  async graphStats(@Ctx() ctx: RequestContext): Promise<GraphStats> {
    return ctx.store.graphStats();
  }
}
