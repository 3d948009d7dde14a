import { alignmentSimilarity } from './align.ts';
import { mix32 } from './hash.ts';
import { docTokens, type TokenStore } from './token-store.ts';
import { createUnionFind } from './union-find.ts';

export type GroupingOptions = {
  /** MinHash values per ad (= bands × rows). */
  bands?: number;
  rows?: number;
  /** Word pairs in more than this share of ads (and more than `minDfCap` ads) are stock phrases: left out of MinHash. */
  maxDfShare?: number;
  minDfCap?: number;
  /** Candidates must also agree on at least this share of MinHash values … */
  signatureFloor?: number;
  /** … and share this much of their word order (longest common subsequence ÷ longer length). */
  alignThreshold?: number;
  /** How many distinct candidates per LSH bucket an ad is compared with. Bounds the work in stock-phrase buckets. */
  repsPerBucket?: number;
};

export type GroupingResult = {
  /** Per ad: the index of its group's representative ad (an ad alone is its own). */
  labels: Int32Array;
  stats: { ads: number; groups: number; groupedAds: number; comparisons: number; alignments: number; unions: number };
};

const DEFAULTS: Required<GroupingOptions> = {
  bands: 32,
  rows: 2,
  maxDfShare: 0.02,
  minDfCap: 50,
  signatureFloor: 0.1,
  alignThreshold: 0.65,
  repsPerBucket: 6,
};

const DF_BITS = 22;
const MAX_DOCS = 2 ** 21;

const bigram = (a: number, b: number): number => mix32(Math.imul(a, 0x9e3779b1) ^ b);

/**
 * Groups near-duplicate and templated ads. MinHash-LSH over word pairs (leaving out stock phrases
 * that many ads share, which would otherwise glue unrelated ads together) proposes candidates; a
 * candidate joins only if the two ads share most of their word order (longest common subsequence),
 * which tolerates substituted words, an inserted phrase and masked names, places and numbers.
 * Groups are the connected components (union-find). Linear in the number of ads apart from sorting.
 */
export const groupAds = (store: TokenStore, options: GroupingOptions = {}): GroupingResult => {
  const o = { ...DEFAULTS, ...options };
  const n = store.count;
  if (n > MAX_DOCS) throw new Error(`groupAds handles at most ${MAX_DOCS} ads per run`);
  const hashesPerDoc = o.bands * o.rows;

  // Pass 1: in how many ads does each word pair occur (hashed counters; collisions only over-count).
  const df = new Uint32Array(1 << DF_BITS);
  const mask = (1 << DF_BITS) - 1;
  for (let d = 0; d < n; d++) {
    const t = docTokens(store, d);
    for (let i = 0; i + 1 < t.length; i++) {
      const slot = bigram(t[i] as number, t[i + 1] as number) & mask;
      df[slot] = (df[slot] as number) + 1;
    }
  }
  const maxDf = Math.max(o.minDfCap, Math.floor(o.maxDfShare * n));

  // Pass 2: MinHash signatures over the rarer word pairs.
  const a = new Uint32Array(hashesPerDoc);
  const c = new Uint32Array(hashesPerDoc);
  for (let k = 0; k < hashesPerDoc; k++) {
    a[k] = mix32(0x1234567 + k * 2654435761) | 1;
    c[k] = mix32(0x7654321 + k * 40503);
  }
  const sig = new Uint32Array(n * hashesPerDoc).fill(0xffffffff);
  const active = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    const t = docTokens(store, d);
    const base = d * hashesPerDoc;
    let used = 0;
    for (let pass = 0; pass < 2 && used === 0; pass++) {
      for (let i = 0; i + 1 < t.length; i++) {
        const g = bigram(t[i] as number, t[i + 1] as number);
        // First pass: rare pairs only. An ad made only of stock phrases falls back to all its pairs.
        if (pass === 0 && (df[g & mask] as number) > maxDf) continue;
        used++;
        for (let k = 0; k < hashesPerDoc; k++) {
          const h = (Math.imul(a[k] as number, g) + (c[k] as number)) >>> 0;
          if (h < (sig[base + k] as number)) sig[base + k] = h;
        }
      }
    }
    active[d] = used > 0 ? 1 : 0;
  }

  const uf = createUnionFind(n);
  let comparisons = 0;
  let alignments = 0;
  let unions = 0;
  const agree = (x: number, y: number): number => {
    let same = 0;
    const bx = x * hashesPerDoc;
    const by = y * hashesPerDoc;
    for (let k = 0; k < hashesPerDoc; k++) if (sig[bx + k] === sig[by + k]) same++;

    return same / hashesPerDoc;
  };
  const verify = (x: number, y: number): boolean => {
    comparisons++;
    if (agree(x, y) < o.signatureFloor) return false;
    alignments++;
    return alignmentSimilarity(docTokens(store, x), docTokens(store, y)) >= o.alignThreshold;
  };

  // Pass 3: per band, sort ads by band hash; ads in one bucket are candidates.
  const keys = new Float64Array(n);
  const reps: number[] = [];
  for (let band = 0; band < o.bands; band++) {
    let m = 0;
    for (let d = 0; d < n; d++) {
      if (!active[d]) continue;
      let h = band;
      for (let r = 0; r < o.rows; r++) h = mix32(h ^ (sig[d * hashesPerDoc + band * o.rows + r] as number));
      keys[m++] = h * MAX_DOCS + d;
    }
    const sorted = keys.subarray(0, m).sort();
    let start = 0;
    while (start < m) {
      const bucket = Math.floor((sorted[start] as number) / MAX_DOCS);
      let end = start + 1;
      while (end < m && Math.floor((sorted[end] as number) / MAX_DOCS) === bucket) end++;
      if (end - start > 1) {
        reps.length = 0;
        for (let i = start; i < end; i++) {
          const d = (sorted[i] as number) % MAX_DOCS;
          let placed = false;
          for (const r of reps) {
            if (uf.find(r) === uf.find(d)) {
              placed = true;
              break;
            }
            if (verify(d, r)) {
              uf.union(d, r);
              unions++;
              placed = true;
              break;
            }
          }
          if (!placed && reps.length < o.repsPerBucket) reps.push(d);
        }
      }
      start = end;
    }
  }

  const labels = new Int32Array(n);
  const sizes = new Map<number, number>();
  for (let d = 0; d < n; d++) {
    const root = uf.find(d);
    labels[d] = root;
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  let groups = 0;
  let groupedAds = 0;
  for (const size of sizes.values()) {
    if (size < 2) continue;
    groups++;
    groupedAds += size;
  }

  return { labels, stats: { ads: n, groups, groupedAds, comparisons, alignments, unions } };
};
