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
