/**
 * The entity labels of the graph: the public contract of graph-model.md and the project's additions
 * (docs/model.md documents each). Every node has exactly one of them, and its id starts with the
 * label's prefix (`work:infernal-affairs`).
 */
export const LABEL_PREFIX: Record<string, string> = {
  Region: 'region',
  Work: 'work',
  Studio: 'studio',
  Platform: 'platform',
  Person: 'person',
  Policy: 'policy',
  Festival: 'festival',
  Source: 'source',
  MarketYear: 'marketyear',
  Agreement: 'agreement',
};

export const LABELS = Object.keys(LABEL_PREFIX);

/** The property every entity of a label must have: a work's title, anything else's name. */
export const nameField = (label: string): string => (label === 'Work' ? 'title' : 'name');

const LABEL_OF_PREFIX = new Map(Object.entries(LABEL_PREFIX).map(([label, prefix]) => [prefix, label]));

/** The label an id's prefix names (`work:x` → Work), or undefined when the prefix is none of the model's. */
export const labelOfId = (id: string): string | undefined => LABEL_OF_PREFIX.get(id.slice(0, id.indexOf(':')));
