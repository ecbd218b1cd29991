/**
 * Telling whether two answers hold the same data. Each workload first maps its three answers to one
 * plain shape (compare.ts never sees GraphQL or driver types); here lists may be put in a canonical
 * order where the query does not fix one, floats are rounded past the noise of their decimal
 * round trip, and the first difference is named, so a mismatch in the report says where it is.
 */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const round = (n: number): number => (Number.isInteger(n) ? n : Number(n.toPrecision(12)));

/** Keys sorted, floats rounded; with `unordered`, every list sorted by its items' canonical text. */
export function canonical(value: unknown, unordered = false): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return round(value);
  if (typeof value !== 'object') return value as Plain;
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, unordered));
    return unordered ? items.sort((a, b) => cmp(JSON.stringify(a), JSON.stringify(b))) : items;
  }
  const out: Record<string, Plain> = {};
  for (const key of Object.keys(value as object).sort()) out[key] = canonical((value as Record<string, unknown>)[key], unordered);
  return out;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const show = (v: Plain): string => {
  const text = JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Where two canonical values first differ, e.g. `page[3].title: "A" vs "B"`; undefined when equal. */
export function firstDifference(a: Plain, b: Plain, path = '$'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in a) || !(key in b)) return `${path}.${key}: ${key in a ? 'only in the first' : 'only in the second'}`;
      const d = firstDifference(a[key], b[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: ${show(a)} vs ${show(b)}`;
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Ranked hits cut at a limit: hits tied at the cut may be any of the tied ones, so two answers agree
 * when they have the same scores, the same hits above the lowest score and the same number at it.
 */
export function rankingDifference(a: Scored[], b: Scored[]): string | undefined {
  if (a.length !== b.length) return `$: ${a.length} hits vs ${b.length}`;
  if (a.length === 0) return undefined;
  const scores = (list: Scored[]) => list.map((h) => round(h.score)).sort((x, y) => y - x);
  const d = firstDifference(scores(a), scores(b), '$.scores');
  if (d) return d;
  const cut = Math.min(...a.map((h) => round(h.score)));
  const above = (list: Scored[]) =>
    canonical(
      list.filter((h) => round(h.score) > cut),
      true,
    );
  return firstDifference(above(a), above(b), '$.aboveCut');
}
