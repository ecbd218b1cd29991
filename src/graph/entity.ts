import { LABEL_PREFIX } from '../seed/model';
import type { NodeRow } from './loaders';

/** An entity as resolvers pass it around: its properties, plus the label that decides its GraphQL type. */
export type Entity = Record<string, any> & { id: string; __label: string; properties: Record<string, unknown> };

export const toEntity = (row: NodeRow): Entity =>
  ({ aliases: [], ...row.props, properties: row.props, __label: row.label } as unknown as Entity);

const LABEL_OF_PREFIX = new Map(Object.entries(LABEL_PREFIX).map(([label, prefix]) => [prefix, label]));

/**
 * Ids sorted by the label their prefix names, as cypher/nodesByIds.cypher takes them. Every entity's
 * id starts with its label's prefix (the seed and curation refuse others), so an id with no known
 * prefix names nothing and is left out.
 */
export function idsByLabel(ids: readonly string[]): Record<string, string[]> {
  const byLabel: Record<string, string[]> = {};
  for (const id of ids) {
    const label = LABEL_OF_PREFIX.get(id.slice(0, id.indexOf(':')));
    if (label) (byLabel[label] ??= []).push(id);
  }
  return byLabel;
}
