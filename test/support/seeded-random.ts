/**
 * The one seeded PRNG for generated test and benchmark data (mulberry32): the same seed gives the same
 * corpus on every machine. Used by the identifier corpus and the monitor's ad corpora.
 */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
  /** n random decimal digits. */
  digits: (n: number) => string;
  /** Pareto-distributed integer ≥ min (heavy tail: most templates are copied a few times, some often). */
  pareto: (min: number, alpha: number, max: number) => number;
};

export const createRandom = (seed: number): Random => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
    pareto: (min, alpha, max) => Math.min(max, Math.floor(min / (1 - next()) ** (1 / alpha))),
  };
};
