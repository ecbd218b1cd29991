import { LABELS } from '../../model';
import { fillSlots, type QueryCatalog } from './catalog';
import type { Template } from './statement';

/**
 * Bulk writes specialised per label (`seedUpsertNodes@Work`; two slots: `seedUpsertRelationships@Work>Region`),
 * so every row finds its nodes by index seek. Each slot has its dynamic form, used when the template is called
 * by its plain name (rows whose labels are not the model's): the label read from the row.
 */
const LABEL_TEMPLATES: Record<string, Readonly<Record<string, string>>> = {
  seedUpsertNodes: { label: '$(row.label)' },
  seedUpsertCitations: { label: '$(row.label)' },
  seedClaimAbout: { label: '$(row.label)' },
  importNodes: { label: '$(row.labels)' },
  seedUpsertRelationships: { from: '$(row.fromLabel)', to: '$(row.toLabel)' },
  importRelationships: { from: '$(row.fromLabels)', to: '$(row.toLabels)' },
  restoreNodes: { label: '$(row.labels)' },
  restoreRelationships: { from: '$(row.fromLabels)', to: '$(row.toLabels)' },
};

/** The specialisation of a bulk write for these labels, or the template itself when one is not the model's. */
export const forLabels = (template: string, labels: readonly (string | undefined)[]): string =>
  labels.every((l) => l !== undefined && LABELS.includes(l)) && labels.length === Object.keys(LABEL_TEMPLATES[template] ?? {}).length
    ? `${template}@${labels.join('>')}`
    : template;

/** Whether a statement is a bulk write with label slots. */
export const isBulkWrite = (name: string): boolean => name in LABEL_TEMPLATES;

/** A bulk write called by its plain name: every slot takes its dynamic form. */
export const dynamicText = (catalog: QueryCatalog, name: string): string => fillSlots(catalog.text(name), LABEL_TEMPLATES[name]);

export const bulkWrites = (catalog: QueryCatalog): Template[] =>
  Object.entries(LABEL_TEMPLATES).map(([name, dynamic]) => ({
    name,
    text: (variant) => {
      const slots = Object.keys(dynamic);
      const labels = variant.split('>');
      if (labels.length !== slots.length || !labels.every((l) => LABELS.includes(l)))
        throw new Error(`${variant} are not labels that ${name} is made for`);
      return fillSlots(catalog.text(name), Object.fromEntries(slots.map((slot, i) => [slot, labels[i]])));
    },
  }));
