/**
 * The properties each label and relationship type carries once the seed is loaded, with Bloom's data type for
 * each: what `bloom/perspective.json` must list (test/bloom/perspective.test.ts holds it to the live graph).
 * `npm run bloom:sync` (scripts/bloom-sync.ts) writes them into the perspective, so a new property or type
 * declared in the model and used by the seed needs no hand edit of the perspective's JSON.
 */
import { isFractional, PropValue, withDerivedNames } from '../model';
import { withAdditions } from './additions';
import type { SeedFile } from './read';

/** Bloom's data types, as its perspectives name them. */
export type BloomDataType = 'string' | 'number' | 'bigint' | 'boolean' | 'array';

/** The data type Bloom gives a stored value: whole numbers of non-fractional properties are Neo4j integers (src/graph/writeValues.ts). */
export function bloomDataType(property: string, value: unknown): BloomDataType {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) && !isFractional(property) ? 'bigint' : 'number';
  return 'string';
}

/** Properties by label (nodes) or type (relationships), each with its data type. */
export type PropertiesOf = Map<string, Map<string, BloomDataType>>;

function add(into: PropertiesOf, key: string, props: Record<string, unknown>): void {
  const known = into.get(key) ?? new Map<string, BloomDataType>();
  into.set(key, known);
  for (const [name, value] of Object.entries(props)) if (!known.has(name)) known.set(name, bloomDataType(name, value));
}

/** What the seed's nodes and relationships carry once loaded: `id`, derived names, `source` and `locator` included. */
export function seedProperties(files: SeedFile[]): { labels: PropertiesOf; types: PropertiesOf } {
  const labels: PropertiesOf = new Map();
  const types: PropertiesOf = new Map();
  for (const node of withAdditions(files)) add(labels, node.label, { id: node.id, ...withDerivedNames(node.props) });
  for (const r of files.flatMap((f) => f.relationships)) {
    const props: Record<string, PropValue> = { id: '', source: r.source, locator: r.locator, ...(r.props ?? {}) };
    add(types, r.type, props);
  }
  return { labels, types };
}
