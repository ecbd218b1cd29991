/**
 * The generator's own randomness: mulberry32, seeded, so that one seed gives one graph on every
 * machine and Node version (Math.random cannot be seeded). Each part of the graph draws from its own
 * stream, so adding draws to one part does not reshuffle the others.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream for one part of the graph: the seed and the part's name, hashed (FNV-1a) into a seed. */
export function stream(seed: number, part: string): Random {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193) >>> 0;
  return mulberry32(h);
}

export const intBetween = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

export const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

export const chance = (rnd: Random, p: number): boolean => rnd() < p;

/** Draws an index 0..n-1 in proportion to the weights, by binary search over their running sum. */
export function weighted(weights: readonly number[]): (rnd: Random) => number {
  const cdf = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cdf[i] = total;
  });
  return (rnd) => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * Zipf over ranks 0..n-1 (rank r drawn with weight 1/(r+1)^s): the heavy tail of real catalogues,
 * where a few platforms and studios carry most works and most carry one or two.
 */
export const zipf = (n: number, s: number): ((rnd: Random) => number) =>
  weighted(Array.from({ length: n }, (_, r) => 1 / Math.pow(r + 1, s)));

/** Up to `count` distinct draws (stops trying after a bounded number of repeats). */
export function distinct(rnd: Random, draw: (rnd: Random) => number, count: number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < count && tries < count * 8; tries++) out.add(draw(rnd));
  return [...out];
}
