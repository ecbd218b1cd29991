import type { QueryCatalog } from './catalog';
import type { Template } from './statement';

/** Path searches specialised per length bound (a bound cannot be a parameter): 1 to MAX_PATH_LENGTH. */
export const MAX_PATH_LENGTH = 6;
const PATH_LENGTHS = Array.from({ length: MAX_PATH_LENGTH }, (_, i) => String(i + 1));

/** The name of the path search up to `length` steps. */
export const shortestPathsName = (length: number): string => `shortestPathsBetween@${length}`;

export const shortestPathsBetween = (catalog: QueryCatalog): Template => ({
  name: 'shortestPathsBetween',
  text: (length) => {
    if (!PATH_LENGTHS.includes(length)) throw new Error(`${length} is not a path length from 1 to ${MAX_PATH_LENGTH}`);
    return catalog.text('shortestPathsBetween').replaceAll('{{length}}', length);
  },
});
