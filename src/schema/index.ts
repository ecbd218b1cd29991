import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { GraphStatsResolver } from './graphStats';

/** Every resolver class of the API, one file per entity in this folder. */
export const resolvers = [GraphStatsResolver] as const;

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false });
}
