/** How many rows one UNWIND statement of a bulk write carries. */
export const BATCH_ROWS = 500;

/**
 * Rows in batches for bulk writes, grouped by the statement each row goes to (e.g. one per label,
 * see `forLabels`), in first-seen order of the statements.
 */
export function statementBatches<T>(
  rows: readonly T[],
  statementOf: (row: T) => string,
  size = BATCH_ROWS,
): { query: string; rows: T[] }[] {
  const out: { query: string; rows: T[] }[] = [];
  for (const group of groupBy(rows, statementOf)) {
    const query = statementOf(group[0]);
    for (let i = 0; i < group.length; i += size) out.push({ query, rows: group.slice(i, i + size) });
  }
  return out;
}

/** Items in groups of equal `keyOf`, in the order each group first appears. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
