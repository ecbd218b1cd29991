import { LABELS } from '../../model';
import type { QueryCatalog } from './catalog';
import type { Template } from './statement';

/**
 * Bulk writes specialised per label (`seedUpsertNodes@Work`; two slots: `seedUpsertRelationships@Work>Region`),
 * so every row finds its nodes by index seek. A slot `{{label|$(row.label)}}` holds its default, the
 * dynamic form, used when the template is called by its plain name (rows whose labels are not the model's).
 */
const LABEL_TEMPLATES: Record<string, readonly string[]> = {
  seedUpsertNodes: ['label'],
  seedUpsertCitations: ['label'],
  importNodes: ['label'],
  seedUpsertRelationships: ['from', 'to'],
  importRelationships: ['from', 'to'],
};
const SLOT = /\{\{(\w+)\|([^}]*)\}\}/g;

/** The specialisation of a bulk write for these labels, or the template itself when one is not the model's. */
export const forLabels = (template: string, labels: readonly (string | undefined)[]): string =>
  labels.every((l) => l !== undefined && LABELS.includes(l)) && labels.length === LABEL_TEMPLATES[template]?.length
    ? `${template}@${labels.join('>')}`
    : template;

/** Whether a statement is a bulk write with label slots. */
export const isBulkWrite = (name: string): boolean => name in LABEL_TEMPLATES;

/** A bulk write called by its plain name: every slot takes its dynamic default. */
export const dynamicText = (catalog: QueryCatalog, name: string): string =>
  catalog.text(name).replace(SLOT, (_, _slot: string, dynamic: string) => dynamic);

export const bulkWrites = (catalog: QueryCatalog): Template[] =>
  Object.entries(LABEL_TEMPLATES).map(([name, slots]) => ({
    name,
    text: (variant) => {
      const labels = variant.split('>');
      if (labels.length !== slots.length || !labels.every((l) => LABELS.includes(l)))
        throw new Error(`${variant} are not labels that ${name} is made for`);
      return catalog.text(name).replace(SLOT, (_, slot: string) => labels[slots.indexOf(slot)]);
    },
  }));
