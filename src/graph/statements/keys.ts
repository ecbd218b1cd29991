import { LABELS, labelOfId } from '../../model';
import { propertyMap, PropertyNames } from '../projection';
import type { QueryCatalog } from './catalog';
import type { Row } from './statement';

/**
 * Statements that look keys up by label (cypher/fragments/nodesOfKeysByLabel.cypher) take them sorted by the
 * label their id's prefix names, and are narrowed to those labels: `nodesByIds@Work+Policy` seeks
 * only the Work and Policy indexes instead of a UNION over every label of the model.
 */

/**
 * Items sorted by the label their id's prefix names. Every entity's id starts with its label's prefix
 * (the seed and curation refuse others), so an id with no known prefix names nothing and is left out.
 */
export function byLabel<T>(items: readonly T[], idOf: (item: T) => string): Record<string, T[]> {
  const sorted: Record<string, T[]> = {};
  for (const item of items) {
    const label = labelOfId(idOf(item));
    if (label) (sorted[label] ??= []).push(item);
  }
  return sorted;
}

/** Ids as keys ({id}) sorted by label. */
export const keysByLabel = (ids: readonly string[]): Record<string, { id: string }[]> =>
  byLabel(
    ids.map((id) => ({ id })),
    (k) => k.id,
  );

/**
 * The name of a key statement narrowed to the labels its keys have, in the model's order
 * (`nodesByIds@Work+Policy`, `relationshipChain@Policy.ENABLED_BY.IN,...`). With no keys, the
 * statement is left whole.
 */
export function forKeyLabels(statement: string, keys: Record<string, unknown[]>): string {
  const labels = LABELS.filter((l) => keys[l]?.length);
  if (labels.length === 0) return statement;
  const at = statement.indexOf('@');
  return at < 0 ? `${statement}@${labels.join('+')}` : `${statement.slice(0, at + 1)}${labels.join('+')}.${statement.slice(at + 1)}`;
}

/** A key statement for these ids: its name narrowed to their labels, and the keys as it takes them. */
export function keyLookup(statement: string, ids: readonly string[]): { query: string; byLabel: Record<string, { id: string }[]> } {
  const keys = keysByLabel(ids);
  return { query: forKeyLabels(statement, keys), byLabel: keys };
}

/** The labels a name's variant gives (`Work+Policy`), each the model's and named once (twice would give its rows twice). */
export function labelsNamed(variant: string, statement: string): string[] {
  const labels = variant.split('+');
  if (!labels.every((l) => LABELS.includes(l)) || new Set(labels).size !== labels.length) {
    throw new Error(`${variant} are not labels that ${statement} is made for (each of the model's, once)`);
  }
  return labels;
}

/** `nodesByIds@Work+Policy`: the nodes of these ids, of each the properties asked. */
export const nodesByIds = (catalog: QueryCatalog) => ({
  name: 'nodesByIds',
  text: (variant: string) => catalog.withIncludes('nodesByIds', labelsNamed(variant, 'nodesByIds')),
});

/** A node of nodesByIds: its id, label and the properties asked (all when `properties` is null). */
export const decodeNode = (row: Row, properties: PropertyNames): { id: string; label: string; props: Record<string, unknown> } => ({
  id: row.id as string,
  label: row.label as string,
  props: propertyMap(row.props, properties),
});
