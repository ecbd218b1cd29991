import { type Direction, typesAtLabel } from '../../model';
import { clause, LevelText, nodePattern, relationshipOf } from '../relationshipFilter';
import { fillSlots, filterText, type QueryCatalog } from './catalog';
import { forKeyLabels, labelsNamed } from './keys';
import type { Row, Template } from './statement';

/**
 * `relationshipGroupsOfNodes@Region+Work`: how many relationships nodes of these labels have per type and
 * direction, in one statement. Each label's copy counts only the types the model allows at that label,
 * each type written into its own degree count, so Neo4j reads the counts from the nodes' degree store
 * instead of walking a hub's thousands of relationships.
 */
export const GROUPS_STATEMENT = 'relationshipGroupsOfNodes';

/** How many relationships of `type` in `direction` a node n has: cypher/fragments/relationshipDegree.cypher. */
const degree = (text: LevelText, type: string, direction: Direction): string =>
  clause(text, 'relationshipDegree', {
    type,
    direction,
    pattern: relationshipOf(text, nodePattern(text, 'n'), '', type, direction, nodePattern(text, '')),
  });

const branchOf = (text: LevelText, fragment: string, label: string): string =>
  fillSlots(fragment.trim(), {
    label,
    degrees: typesAtLabel(label)
      .map((t) => degree(text, t.type, t.direction))
      .join(', '),
  });

export const relationshipGroups = (catalog: QueryCatalog): Template => ({
  name: GROUPS_STATEMENT,
  text: (variant) => {
    const labels = labelsNamed(variant, GROUPS_STATEMENT);
    const [text, fragment] = [filterText(catalog), catalog.fragment('relationshipGroupsOfLabel')];
    const branches = labels.map((label, i) => {
      const branch = branchOf(text, fragment, label);
      return `  ${i === 0 ? branch : clause(text, 'unionAllBranch', { branch })}`;
    });
    return fillSlots(catalog.text(GROUPS_STATEMENT), { groupsByLabel: branches.join('\n') });
  },
});

/** The statement for keys sorted by label: narrowed to their labels (it has no general form). */
export const groupsName = (byLabel: Record<string, unknown[]>): string => forKeyLabels(GROUPS_STATEMENT, byLabel);

/** One group of a node's relationships: its type, direction and how many there are. */
export interface GroupRow {
  id: string;
  type: string;
  direction: Direction;
  count: number;
}

export const decodeGroup = (row: Row): GroupRow => ({
  id: row.id as string,
  type: row.type as string,
  direction: row.direction as Direction,
  count: row.count as number,
});
