import { LABELS } from '../../model';
import type { QueryCatalog } from './catalog';
import { labelsNamed } from './keys';
import { fillSlots } from './slots';

/** `linkedDataOfEntities@Work+Policy`: entities with their facts, for their RDF description (cypher/linkedDataOfEntities.cypher). */
export const linkedDataOfEntities = (catalog: QueryCatalog) => ({
  name: 'linkedDataOfEntities',
  text: (variant: string) => catalog.withIncludes('linkedDataOfEntities', labelsNamed(variant, 'linkedDataOfEntities')),
});

/** `linkedDataFacts@Work`: facts by relationship id, from their start nodes of these labels. */
export const linkedDataFacts = (catalog: QueryCatalog) => ({
  name: 'linkedDataFacts',
  text: (variant: string) => catalog.withIncludes('linkedDataFacts', labelsNamed(variant, 'linkedDataFacts')),
});

/** `linkedDataBatch@Work`: one batch of one label's nodes with their outgoing facts, for the dumps. */
export const linkedDataBatch = (catalog: QueryCatalog) => ({
  name: 'linkedDataBatch',
  text: (variant: string) => {
    if (!LABELS.includes(variant)) throw new Error(`${variant} is not a label of the model, which linkedDataBatch is made for`);
    return fillSlots(catalog.text('linkedDataBatch'), { label: variant });
  },
});
