/**
 * What a filter through relationships adds to a query's cost: each `some`, `none` or `all` reads the relationships
 * of every entity it tests, and each level below reads those of every node reached, so a filter at relationship
 * depth d costs listEstimate^d. A filter of many deep relationship tests is refused by cost like a wide selection;
 * one deeper than MAX_RELATIONSHIP_DEPTH costs nothing more here, as its translation refuses it, naming where.
 * A fact list's filter (FactListFilter: `fact` and `node`, no tests of its own) is itself the first level: the
 * list's facts are paid for by the list, and the relationship tests of its `node` stand one level down.
 */
import { MAX_RELATIONSHIP_DEPTH, QUANTIFIERS } from '../../graph/relationshipFilter';

export function filterCost(filter: unknown, listEstimate: number, depth = 0): number {
  if (filter === null || typeof filter !== 'object' || depth >= MAX_RELATIONSHIP_DEPTH) return 0;
  if (Array.isArray(filter)) return filter.reduce((total: number, f) => total + filterCost(f, listEstimate, depth), 0);
  let cost = 0;
  for (const [key, value] of Object.entries(filter)) {
    if (depth === 0 && (key === 'fact' || key === 'node') && isFactListFilter(filter)) {
      cost += filterCost(value, listEstimate, 1);
      continue;
    }
    if ((QUANTIFIERS as readonly string[]).includes(key) && value && typeof value === 'object') {
      const through = value as { fact?: unknown; node?: unknown };
      cost +=
        listEstimate ** (depth + 1) + filterCost(through.fact, listEstimate, depth + 1) + filterCost(through.node, listEstimate, depth + 1);
    } else if (key === 'AND' || key === 'OR' || key === 'NOT') {
      cost += filterCost(value, listEstimate, depth);
    }
  }
  return cost;
}

/** A fact list's filter, told from an EntityFilter by its keys: only `label`, `fact` and `node`. */
const isFactListFilter = (filter: object): boolean => Object.keys(filter).every((k) => k === 'label' || k === 'fact' || k === 'node');
