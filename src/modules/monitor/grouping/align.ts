import { MAX_TOKENS } from './token-store.ts';

let prev = new Int32Array(MAX_TOKENS + 1);
let cur = new Int32Array(MAX_TOKENS + 1);

/** Length of the longest common subsequence of two token-hash sequences (two-row DP). */
export const lcsLength = (a: Uint32Array, b: Uint32Array): number => {
  const m = b.length;
  prev.fill(0, 0, m + 1);
  cur.fill(0, 0, m + 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    for (let j = 1; j <= m; j++) {
      cur[j] = ai === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }

  return prev[m] as number;
};

/** Share of the longer ad that is the same words in the same order: 1 for copies, about 0.5 for unrelated ads sharing stock phrases. */
export const alignmentSimilarity = (a: Uint32Array, b: Uint32Array): number => {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  // The LCS can never exceed the shorter length: skip the DP when even that is too little.
  return lcsLength(a, b) / longer;
};

let wPrev = new Float64Array(MAX_TOKENS + 1);
let wCur = new Float64Array(MAX_TOKENS + 1);

/**
 * Like alignmentSimilarity, but every word counts with its weight: the heaviest common subsequence ÷
 * the heavier ad. With inverse document frequencies as weights, stock phrases shared by everyone add
 * little and a template's own words much.
 */
export const weightedAlignmentSimilarity = (a: Uint32Array, b: Uint32Array, weightOf: (token: number) => number): number => {
  const m = b.length;
  wPrev.fill(0, 0, m + 1);
  wCur.fill(0, 0, m + 1);
  let totalA = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    const w = weightOf(ai);
    totalA += w;
    for (let j = 1; j <= m; j++) {
      wCur[j] = ai === b[j - 1] ? (wPrev[j - 1] as number) + w : Math.max(wPrev[j] as number, wCur[j - 1] as number);
    }
    const t = wPrev;
    wPrev = wCur;
    wCur = t;
  }
  let totalB = 0;
  for (let j = 0; j < m; j++) totalB += weightOf(b[j] as number);
  const heavier = Math.max(totalA, totalB);

  return heavier === 0 ? 0 : (wPrev[m] as number) / heavier;
};
