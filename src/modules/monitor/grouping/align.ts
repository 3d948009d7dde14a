import { MAX_TOKENS } from './token-store.ts';

// Bit-parallel LCS (Allison–Dix / Hyyrö): one bit per token of b, 32 per word, so a comparison costs
// |a| × |b|/32 word operations instead of |a| × |b| cells (issue 13: the alignment was the largest part
// of the grouping's CPU). Same length as the two-row dynamic programme it replaced.
const WORDS = Math.ceil(MAX_TOKENS / 32);
const TABLE = 1024; // > 2 × MAX_TOKENS: the open-addressing table of b's distinct tokens stays sparse
const tableKey = new Uint32Array(TABLE);
const tableRow = new Int32Array(TABLE);
const tableStamp = new Uint32Array(TABLE);
let stamp = 0;
const masks = new Uint32Array(MAX_TOKENS * WORDS);
const v = new Uint32Array(WORDS);

const slotOf = (token: number): number => {
  let h = Math.imul(token, 0x9e3779b1) >>> 22;
  while (tableStamp[h] === stamp && tableKey[h] !== token) h = (h + 1) & (TABLE - 1);
  return h;
};

const popcount = (x: number): number => {
  let y = x - ((x >>> 1) & 0x55555555);
  y = (y & 0x33333333) + ((y >>> 2) & 0x33333333);
  return (Math.imul((y + (y >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
};

/** Length of the longest common subsequence of two token-hash sequences (at most MAX_TOKENS each). */
export const lcsLength = (a: Uint32Array, b: Uint32Array): number => {
  const m = b.length;
  if (m === 0 || a.length === 0) return 0;
  const w = (m + 31) >>> 5;
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    tableStamp.fill(0);
    stamp = 1;
  }
  let rows = 0;
  for (let j = 0; j < m; j++) {
    const token = b[j] as number;
    const h = slotOf(token);
    if (tableStamp[h] !== stamp) {
      tableStamp[h] = stamp;
      tableKey[h] = token;
      tableRow[h] = rows;
      masks.fill(0, rows * w, rows * w + w);
      rows++;
    }
    const at = (tableRow[h] as number) * w + (j >>> 5);
    masks[at] = ((masks[at] as number) | (1 << (j & 31))) >>> 0;
  }
  v.fill(0xffffffff, 0, w);
  for (let i = 0; i < a.length; i++) {
    const h = slotOf(a[i] as number);
    if (tableStamp[h] !== stamp) continue; // a token b does not have leaves V as it is
    const base = (tableRow[h] as number) * w;
    let carry = 0;
    for (let k = 0; k < w; k++) {
      const vk = v[k] as number;
      const u = (vk & (masks[base + k] as number)) >>> 0;
      const sum = vk + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = ((sum >>> 0) | (vk & ~u)) >>> 0;
    }
  }
  // The LCS is the number of zero bits among the first m.
  let ones = 0;
  for (let k = 0; k < w; k++) {
    const bits = k === w - 1 && (m & 31) !== 0 ? (v[k] as number) & ((1 << (m & 31)) - 1) : (v[k] as number);
    ones += popcount(bits >>> 0);
  }

  return m - ones;
};

/** Share of the longer ad that is the same words in the same order: 1 for copies, about 0.5 for unrelated ads sharing stock phrases. */
export const alignmentSimilarity = (a: Uint32Array, b: Uint32Array): number => {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
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
