/**
 * What a filter through relationships adds to a query's cost: each `some`, `none` or `all` reads the relationships
 * of every entity it tests, and each level below reads those of every node reached, so a filter at relationship
 * depth d costs listEstimate^d. A filter of many deep relationship tests is refused by cost like a wide selection;
 * one deeper than MAX_RELATIONSHIP_DEPTH costs nothing more here, as its translation refuses it, naming where.
 * A fact list's filter (FactListFilter: `fact` and `node`, no tests of its own) is itself the first level: the
 * list's facts are paid for by the list, and the relationship tests of its `node` stand one level down.
 */
import { MAX_RELATIONSHIP_DEPTH, QUANTIFIERS } from '../../graph/relationshipFilter';

/**
 * What planning one relationship test costs, in the budget's units. Neo4j plans the tests a filter writes into its
 * statement anew for every new filter (the values are parameters, but each test's shape is text), and the planning
 * time grows with the number of tests, not with the graph: about 0.3-0.9 s per test with a test on the relationship
 * or the other end, on the paper's graph (bench/results/2026-12-07-cost). At this price a request of the default
 * budget plans at most 20 of them, besides what it reads.
 */
export const RELATIONSHIP_TEST_COST = 500;

/**
 * How many relationship tests (`some`, `none`, `all`) a filter holds, at every level and in every alternative: each
 * becomes a subquery of the statement Neo4j plans. Counted the way filterCost walks the filter.
 */
export function relationshipTests(filter: unknown): number {
  if (filter === null || typeof filter !== 'object') return 0;
  if (Array.isArray(filter)) return filter.reduce((total: number, f) => total + relationshipTests(f), 0);
  let count = 0;
  for (const [key, value] of Object.entries(filter)) {
    if ((QUANTIFIERS as readonly string[]).includes(key) && value && typeof value === 'object') {
      const through = value as { fact?: unknown; node?: unknown };
      count += 1 + relationshipTests(through.fact) + relationshipTests(through.node);
    } else if (key === 'AND' || key === 'OR' || key === 'NOT' || ((key === 'fact' || key === 'node') && isFactListFilter(filter))) {
      count += relationshipTests(value);
    }
  }
  return count;
}

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
