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
