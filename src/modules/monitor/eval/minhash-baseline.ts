import { hashToken, mix32 } from '../grouping/hash.ts';
import { createUnionFind } from '../grouping/union-find.ts';

/**
 * The baseline the grouping is measured against (issue 13): a plain MinHash over word 3-shingles,
 * 128 values, LSH with 32 bands of 4 rows, joining candidates whose estimated Jaccard is at least
 * 0.35. No masking, no weighting, no alignment: lower-cased words with punctuation stripped.
 * Used by the benchmark and `vangnet monitor-eval` only, never by the app.
 */
const BANDS = 32;
const ROWS = 4;
const K = BANDS * ROWS;
const THRESHOLD = 0.35;
/** Members of one bucket compared with at most this many others (a stock-phrase bucket can be huge). */
const REPS = 8;

const shingles = (text: string): Uint32Array => {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean)
    .map(hashToken);
  const out = new Uint32Array(Math.max(0, words.length - 2));
  for (let i = 0; i + 2 < words.length; i++) out[i] = mix32(Math.imul(mix32((words[i] as number) ^ 0x51ed27), 31) ^ (words[i + 1] as number) ^ Math.imul(words[i + 2] as number, 0x9e3779b1));
  return out;
};

export const groupByMinHash = (texts: readonly string[]): Int32Array => {
  const n = texts.length;
  const a = new Uint32Array(K);
  const c = new Uint32Array(K);
  for (let k = 0; k < K; k++) {
    a[k] = mix32(0xabc + k * 7919) | 1;
    c[k] = mix32(0xdef + k * 104729);
  }
  const sig = new Uint32Array(n * K).fill(0xffffffff);
  const empty = new Uint8Array(n);
  texts.forEach((text, d) => {
    const s = shingles(text);
    if (s.length === 0) empty[d] = 1;
    for (const g of s) {
      for (let k = 0; k < K; k++) {
        const h = (Math.imul(a[k] as number, g) + (c[k] as number)) >>> 0;
        if (h < (sig[d * K + k] as number)) sig[d * K + k] = h;
      }
    }
  });
  const estimate = (x: number, y: number) => {
    let same = 0;
    for (let k = 0; k < K; k++) if (sig[x * K + k] === sig[y * K + k]) same++;
    return same / K;
  };
  const uf = createUnionFind(n);
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    for (let d = 0; d < n; d++) {
      if (empty[d]) continue;
      let h = band;
      for (let r = 0; r < ROWS; r++) h = mix32(h ^ (sig[d * K + band * ROWS + r] as number));
      const list = buckets.get(h);
      if (list) list.push(d);
      else buckets.set(h, [d]);
    }
    for (const members of buckets.values()) {
      if (members.length < 2) continue;
      const reps: number[] = [];
      for (const d of members) {
        let placed = false;
        for (const r of reps) {
          if (uf.find(r) === uf.find(d) || estimate(d, r) >= THRESHOLD) {
            uf.union(d, r);
            placed = true;
            break;
          }
        }
        if (!placed && reps.length < REPS) reps.push(d);
      }
    }
  }
  const labels = new Int32Array(n);
  for (let d = 0; d < n; d++) labels[d] = uf.find(d);
  return labels;
};
