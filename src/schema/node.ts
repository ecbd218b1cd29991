import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Entity } from '../graph/entity';

export { toEntity } from '../graph/entity';
export type { Entity } from '../graph/entity';

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way a relationship points from the node asked about: OUT from it, IN to it.',
});

/** The GraphQL type of an entity: its label. */
export const nodeTypeOf = (value: Entity): string => value.__label;

@InterfaceType({
  description: 'Anything in the graph with a stable id such as `work:infernal-affairs` or `region:hong-kong`.',
  resolveType: nodeTypeOf,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id, `<type>:<slug>`, unique across the graph.' })
  id!: string;

  @Field(() => [String], { description: 'Other spellings and names the paper uses.' })
  aliases!: string[];

  @Field(() => GraphQLJSONObject, { description: 'Every property the node has in Neo4j, including those without a field of their own.' })
  properties!: Record<string, unknown>;
}
