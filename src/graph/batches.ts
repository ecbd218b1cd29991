/** How many rows one UNWIND statement of a bulk write carries. */
export const BATCH_ROWS = 500;

/**
 * Rows in batches for bulk writes, grouped by the statement each row goes to (e.g. one per label,
 * see `forLabels`), in first-seen order of the statements.
 */
export function statementBatches<T>(rows: readonly T[], statementOf: (row: T) => string, size = BATCH_ROWS): { query: string; rows: T[] }[] {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const query = statementOf(row);
    const group = grouped.get(query) ?? [];
    group.push(row);
    grouped.set(query, group);
  }
  const out: { query: string; rows: T[] }[] = [];
  for (const [query, group] of grouped) {
    for (let i = 0; i < group.length; i += size) out.push({ query, rows: group.slice(i, i + size) });
  }
  return out;
}
