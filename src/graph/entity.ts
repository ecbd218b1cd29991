import type { NodeRow } from './loaders';

/** An entity as resolvers pass it around: its properties, plus the label that decides its GraphQL type. */
export type Entity = Record<string, any> & { id: string; __label: string; properties: Record<string, unknown> };

export const toEntity = (row: NodeRow): Entity =>
  ({ aliases: [], ...row.props, properties: row.props, __label: row.label } as unknown as Entity);
