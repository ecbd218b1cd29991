import { labelOfId } from '../model';
import type { NodeRow } from './loaders';

/** An entity as resolvers pass it around: its properties, plus the label that decides its GraphQL type. */
export type Entity = Record<string, any> & { id: string; __label: string; properties: Record<string, unknown> };

/** The aliases of an entity without any: one shared, frozen list. */
const NO_ALIASES: readonly string[] = Object.freeze([]);

/**
 * Object.assign rather than a spread: V8 copies these property maps (read off the wire, each its own
 * shape) many times faster that way, and a nested answer makes hundreds of entities per request.
 */
export const toEntity = (row: NodeRow): Entity =>
  Object.assign({ aliases: NO_ALIASES }, row.props, { properties: row.props, __label: row.label }) as unknown as Entity;

/**
 * Items sorted by the label their id's prefix names, as statements that include
 * cypher/nodesOfKeysByLabel.cypher take them. Every entity's id starts with its label's prefix (the seed and
 * curation refuse others), so an id with no known prefix names nothing and is left out.
 */
export function byLabel<T>(items: readonly T[], idOf: (item: T) => string): Record<string, T[]> {
  const sorted: Record<string, T[]> = {};
  for (const item of items) {
    const id = idOf(item);
    const label = labelOfId(id);
    if (label) (sorted[label] ??= []).push(item);
  }
  return sorted;
}

/** Ids as keys ({id}) sorted by label, as statements that include cypher/nodesOfKeysByLabel.cypher take them. */
export const keysByLabel = (ids: readonly string[]): Record<string, { id: string }[]> => byLabel(ids.map((id) => ({ id })), (k) => k.id);
