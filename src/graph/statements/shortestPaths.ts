import { fillSlots, type QueryCatalog } from './catalog';
import type { Row, Template } from './statement';

/** Path searches specialised per length bound (a bound cannot be a parameter): 1 to MAX_PATH_LENGTH. */
export const MAX_PATH_LENGTH = 6;
const PATH_LENGTHS = Array.from({ length: MAX_PATH_LENGTH }, (_, i) => String(i + 1));

/** The name of the path search up to `length` steps. */
export const shortestPathsName = (length: number): string => `shortestPathsBetween@${length}`;

export const shortestPathsBetween = (catalog: QueryCatalog): Template => ({
  name: 'shortestPathsBetween',
  text: (length) => {
    if (!PATH_LENGTHS.includes(length)) throw new Error(`${length} is not a path length from 1 to ${MAX_PATH_LENGTH}`);
    return fillSlots(catalog.text('shortestPathsBetween'), { length });
  },
});

/** One path as the statement returns it: its nodes in order, and the steps between them. */
export interface PathRow {
  nodes: [label: string, props: unknown][];
  steps: [type: string, forward: boolean, props: unknown][];
}

export const decodePath = (row: Row): PathRow => ({ nodes: row.nodes as PathRow['nodes'], steps: row.steps as PathRow['steps'] });
