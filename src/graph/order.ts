/**
 * The one order of text the API lists things in where Neo4j does not order them: locators and source ids
 * ("Table 4, row 2" before "Table 4, row 10"). Runs of digits compare as numbers, other text without regard
 * to case and then by UTF-16 unit, so the order is total and the same on every machine (no locale).
 */
export function naturalOrder(a: string, b: string): number {
  const [x, y] = [chunks(a), chunks(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const order = compareChunk(x[i], y[i]);
    if (order !== 0) return order;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const chunks = (text: string): string[] => text.match(/\d+|\D+/g) ?? [];

function compareChunk(a: string, b: string): number {
  const [m, n] = [/^\d/.test(a), /^\d/.test(b)];
  if (m && n) return Number(a) - Number(b) || a.length - b.length;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A copy of `texts` in natural order. */
export const inNaturalOrder = (texts: readonly string[]): string[] => [...texts].sort(naturalOrder);
