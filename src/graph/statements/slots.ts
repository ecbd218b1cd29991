/**
 * The `{{slot}}` of the Cypher grammar (catalog.ts) and its one fill, apart from the catalog so that the
 * translation of filters (src/graph/relationshipFilter.ts), which the catalog's filterText reads, can fill slots
 * without importing the catalog back.
 */
const SLOT = /\{\{(\w+)\}\}/g;

/** The slots a text leaves open, each once. */
export const slotsOf = (text: string): string[] => [...new Set([...text.matchAll(SLOT)].map((m) => m[1]))];

/**
 * `text` with every `{{slot}}` filled from `values`. A slot with no value, or a value for a slot the text does not
 * have, is a mistake in the module and throws, so no statement leaves with a `{{…}}` in it.
 */
export function fillSlots(text: string, values: Readonly<Record<string, string | number>>): string {
  const open = slotsOf(text);
  const missing = open.filter((slot) => !(slot in values));
  const extra = Object.keys(values).filter((slot) => !open.includes(slot));
  if (missing.length > 0 || extra.length > 0)
    throw new Error(`slots do not match: no value for {{${missing.join('}}, {{')}}}; no slot for ${extra.join(', ') || '-'}`);
  return text.replace(SLOT, (_, slot: string) => String(values[slot]));
}
