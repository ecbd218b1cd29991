import { Direction, isCoreType } from '../../model';
import type { CollectedFact } from '../factRows';
import type { QueryCatalog } from './catalog';
import type { Row, Template } from './statement';

/**
 * `relationshipsOfType@AIRED_ON`: the facts of one core type, the type written in the pattern. Neo4j
 * 5.26 walks every relationship of a hub for `type(r) = $type`, but only those of the type for
 * `-[r:AIRED_ON]->`; other types go to the general cypher/relationshipsOfNodes.cypher.
 */
export const specialised = (template: string, type: string): string | undefined =>
  template === 'relationshipsOfType' && isCoreType(type) ? `${template}@${type}` : undefined;

export const relationshipsOfType = (catalog: QueryCatalog): Template => ({
  name: 'relationshipsOfType',
  text: (type) => {
    if (!isCoreType(type)) throw new Error(`${type} is not a type that relationshipsOfType is made for`);
    return catalog.text('relationshipsOfType').replaceAll('{{type}}', type);
  },
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
