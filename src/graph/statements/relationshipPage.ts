import { type Direction, isModelType } from '../../model';
import type { QueryCatalog } from './catalog';
import { forKeyLabels, labelsNamed } from './keys';
import type { Row, Template } from './statement';

/**
 * `relationshipPageOfNodes@Region.IMPORTED_FROM.OUT`: a page of neighbours through one type and direction,
 * for keys of these labels. The type (any of the model's: the statement's variant is checked against its
 * fixed list) and direction are written into the pattern, so Neo4j expands only that group of a hub.
 */
export const PAGE_STATEMENT = 'relationshipPageOfNodes';

const patternOf = (type: string, direction: string): string => {
  if (!isModelType(type)) throw new Error(`${type} is not a relationship type that ${PAGE_STATEMENT} is made for`);
  if (direction === 'OUT') return `-[r:${type}]->`;
  if (direction === 'IN') return `<-[r:${type}]-`;
  throw new Error(`${direction} is not a direction that ${PAGE_STATEMENT} is made for`);
};

export const relationshipPage = (catalog: QueryCatalog): Template => ({
  name: PAGE_STATEMENT,
  text: (variant) => {
    const [labels, type, direction, ...rest] = variant.split('.');
    if (rest.length > 0 || !direction) throw new Error(`${variant} is not a variant of ${PAGE_STATEMENT} (Labels.TYPE.DIRECTION)`);
    const pattern = patternOf(type, direction);
    return catalog.withIncludes(PAGE_STATEMENT, labelsNamed(labels, PAGE_STATEMENT)).replace('{{pattern}}', pattern);
  },
});

/** The statement for one group, narrowed to the labels of the keys (sorted by label) it is given. */
export const pageName = (type: string, direction: Direction, byLabel: Record<string, unknown[]>): string =>
  forKeyLabels(`${PAGE_STATEMENT}@${type}.${direction}`, byLabel);

/** A neighbour on a page: its label, its properties and its relationships of the group, in order. */
export interface Neighbour {
  label: string;
  props: Record<string, unknown>;
  facts: Record<string, unknown>[];
}

export interface PageRow {
  key: string;
  neighbours: Neighbour[];
}

export const decodePageRow = (row: Row): PageRow => ({
  key: row.key as string,
  neighbours: (row.neighbours as [string, Record<string, unknown>, Record<string, unknown>[]][]).map(([label, props, facts]) => ({
    label,
    props,
    facts,
  })),
});
