/**
 * Which properties of a node or relationship a statement returns. `null` means all of them (the
 * caller reads `properties`, or cannot say). Names come from the request's selection, so they only
 * ever travel as parameters (`[k IN $nodeProperties | n[k]]`), never as statement text.
 */
export type PropertyNames = readonly string[] | null;

/** What is read of a relationship and of the node at its other end. */
export interface FactReads {
  fact: PropertyNames;
  node: PropertyNames;
}

/** Every property: what callers that do not know their selection ask for. */
export const ALL_PROPERTIES: FactReads = { fact: null, node: null };

const keys = new WeakMap<readonly string[], string>();

/**
 * A short text naming a choice of properties, for loader cache keys. A choice comes from a selection
 * read once per query document (src/schema/selection.ts), so every key of a batch shares its list:
 * the text is made once per list, not once per key.
 */
export function namesKey(names: PropertyNames): string {
  if (names === null) return '*';
  let key = keys.get(names);
  if (key === undefined) keys.set(names, (key = names.join(',')));
  return key;
}

/** `names` together with `more`, or all when `names` is all. */
export const withNames = (names: PropertyNames, more: readonly string[]): PropertyNames =>
  names === null ? null : [...new Set([...names, ...more])].sort();

/**
 * A statement's projected value as a property map. Cypher (without APOC) cannot build a map whose keys
 * come from a parameter, so a projected node or relationship comes back as the list of its values in
 * the order of the names asked; all properties come back as the map itself. Neo4j stores no nulls, so
 * a null value is a property the node does not have, and stays absent.
 */
export function propertyMap(value: unknown, names: PropertyNames): Record<string, unknown> {
  if (names === null) return value as Record<string, unknown>;
  const values = value as unknown[];
  const map: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i += 1) {
    if (values[i] !== null && values[i] !== undefined) map[names[i]] = values[i];
  }
  return map;
}
