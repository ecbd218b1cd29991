import { Direction, isCoreType, isFactType } from '../../model';
import type { CollectedFact } from '../factRows';
import {
  decodeShapes,
  encodeShapes,
  LevelText,
  nodePattern,
  relationshipPattern,
  RelationshipShape,
  relationshipTests,
} from '../relationshipFilter';
import { fillSlots, filterText, type QueryCatalog } from './catalog';
import type { Row, Template } from './statement';

/**
 * `relationshipsOfType@AIRED_ON`: the facts of one core type, the type written in the pattern. Neo4j
 * 5.26 walks every relationship of a hub for `type(r) = $type`, but only those of the type for
 * `-[r:AIRED_ON]->`; other types go to the general cypher/relationshipsOfNodes.cypher.
 *
 * `relationshipsOfType@RELEASED_IN?filter=some.RELEASED_IN.OUT.Region.fG`: the facts of a fact list with a filter (`releases(filter: …)`),
 * the filter's shape a relationship filter's (src/graph/relationshipFilter.ts, a `some` of the list's type and
 * direction) in the name, its tests written in by cypher/fragments/entityFilter.cypher's fragment and its values read from
 * each key's `filter` (parameters, one set per key, so keys of one shape share the statement). Any type of the
 * model may be filtered: the text is rebuilt from the checked name alone.
 */
export const specialised = (template: string, type: string, filter?: RelationshipShape): string | undefined => {
  if (template !== 'relationshipsOfType') return undefined;
  if (filter) return `${template}@${type}?filter=${encodeShapes([filter])}`;
  return isCoreType(type) ? `${template}@${type}` : undefined;
};

const plainPattern = (type: string, direction: 'OUT' | 'IN') =>
  direction === 'OUT' ? `(n)-[r:${type}]->(m) RETURN r, m` : `(n)<-[r:${type}]-(m) RETURN r, m`;

/** The asked direction's pattern with the filter's tests, from a name's `filter=` (checked: one `some` of this type). */
function filteredPattern(text: LevelText, type: string, encoded: string): { direction: 'OUT' | 'IN'; pattern: string } {
  const shapes = decodeShapes(encoded);
  const [shape] = shapes;
  if (shapes.length !== 1 || shape[0] !== 'some' || shape[1] !== type || shape[5].includes('!'))
    throw new Error(`"${encoded}" is not a filter of ${type} facts`);
  const tests = relationshipTests(text, shape, 'key.filter', 1);
  return {
    direction: shape[2],
    pattern: `${relationshipPattern(text, shape, nodePattern(text, 'n'), 1)}${tests === 'true' ? '' : ` WHERE ${tests}`} RETURN r1 AS r, m1 AS m`,
  };
}

function relationshipsOfTypeText(catalog: QueryCatalog, variant: string): string {
  const [type, query] = variant.split(/\?(.*)/s);
  const template = catalog.text('relationshipsOfType');
  if (query === undefined) {
    if (!isCoreType(type)) throw new Error(`${type} is not a type that relationshipsOfType is made for`);
    return fillSlots(template, { outgoing: plainPattern(type, 'OUT'), incoming: plainPattern(type, 'IN') });
  }
  if (!isFactType(type) || !query.startsWith('filter=')) throw new Error(`${variant} is not a filtered relationshipsOfType`);
  const { direction, pattern } = filteredPattern(filterText(catalog), type, query.slice('filter='.length));
  // Only keys of the filter's direction reach this statement; the other branch is left as it is and runs for none.
  return fillSlots(template, {
    outgoing: direction === 'OUT' ? pattern : plainPattern(type, 'OUT'),
    incoming: direction === 'IN' ? pattern : plainPattern(type, 'IN'),
  });
}

export const relationshipsOfType = (catalog: QueryCatalog): Template => ({
  name: 'relationshipsOfType',
  text: (variant) => relationshipsOfTypeText(catalog, variant),
});

/** A row of relationshipsOfType or relationshipsOfNodes: one key and the facts collected for it. */
export interface FactsRow {
  id: string;
  type: string;
  direction: Direction;
  facts: CollectedFact[];
}

export const decodeFacts = (row: Row): FactsRow => ({
  id: row.id as string,
  type: row.type as string,
  direction: row.direction as Direction,
  facts: row.facts as CollectedFact[],
});
