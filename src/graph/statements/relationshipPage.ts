import { type Direction, isModelType, neighbourLabels } from '../../model';
import { fillSlots, type QueryCatalog } from './catalog';
import { forKeyLabels, labelsNamed } from './keys';
import type { Row, Template } from './statement';

/**
 * `relationshipPageOfNodes@Region.IMPORTED_FROM.OUT`: a page of neighbours through one type and direction,
 * for keys of these labels. The type (any of the model's: the statement's variant is checked against its
 * fixed list) and direction are written into the pattern, so Neo4j expands only that group of a hub; for
 * each label of the keys, the labels the model lets the group reach are written into walks of their id
 * indexes, which read a hub's page in order instead of sorting its whole group
 * (cypher/fragments/relationshipPageWalk.cypher).
 */
export const PAGE_STATEMENT = 'relationshipPageOfNodes';

/** The most index entries a walk reads for each neighbour a page asks for before the group is expanded instead. */
export const WALK_BUDGET_PER_ROW = 50;

const patternsOf = (type: string, direction: string): { pattern: string; degree: string } => {
  if (!isModelType(type)) throw new Error(`${type} is not a relationship type that ${PAGE_STATEMENT} is made for`);
  if (direction === 'OUT') return { pattern: `-[r:${type}]->`, degree: `(n)-[:${type}]->()` };
  if (direction === 'IN') return { pattern: `<-[r:${type}]-`, degree: `(n)<-[:${type}]-()` };
  throw new Error(`${direction} is not a direction that ${PAGE_STATEMENT} is made for`);
};

/** The keys of one label with the walks of every label their group reaches (cypher/fragments/relationshipPageWalksOfLabel.cypher). */
function walksOfLabel(
  catalog: QueryCatalog,
  label: string,
  group: { type: string; direction: Direction; pattern: string; degree: string },
): string {
  const neighbours = neighbourLabels(group.type, group.direction, label);
  const walks = neighbours.map((neighbour, i) =>
    fillSlots(catalog.fragment('relationshipPageWalk').trim(), { neighbour, i, pattern: group.pattern }),
  );
  return fillSlots(catalog.fragment('relationshipPageWalksOfLabel').trim(), {
    label,
    degree: group.degree,
    walks: walks.join('\n'),
    walked: neighbours.length ? neighbours.map((_, i) => `walked${i}`).join(' + ') : '[]',
    complete: neighbours.length ? neighbours.map((_, i) => `complete${i}`).join(' AND ') : 'false',
  });
}

export const relationshipPage = (catalog: QueryCatalog): Template => ({
  name: PAGE_STATEMENT,
  text: (variant) => {
    const [labels, type, direction, ...rest] = variant.split('.');
    if (rest.length > 0 || !direction) throw new Error(`${variant} is not a variant of ${PAGE_STATEMENT} (Labels.TYPE.DIRECTION)`);
    const { pattern, degree } = patternsOf(type, direction);
    const branches = labelsNamed(labels, PAGE_STATEMENT).map(
      (label, i) =>
        `  ${i === 0 ? '' : 'UNION ALL\n  '}${walksOfLabel(catalog, label, { type, direction: direction as Direction, pattern, degree })}`,
    );
    return fillSlots(catalog.text(PAGE_STATEMENT), { walksByKeyLabel: branches.join('\n'), pattern });
  },
});

/** The statement for one group, narrowed to the labels of the keys (sorted by label) it is given. */
export const pageName = (type: string, direction: Direction, byLabel: Record<string, unknown[]>): string =>
  forKeyLabels(`${PAGE_STATEMENT}@${type}.${direction}`, byLabel);

/** The parameters of a page statement besides its keys: a page and one more, and how far a walk may read. */
export const pageParams = (first: number): { limit: number; walkBudget: number } => ({
  limit: first + 1,
  walkBudget: WALK_BUDGET_PER_ROW * (first + 1),
});

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
