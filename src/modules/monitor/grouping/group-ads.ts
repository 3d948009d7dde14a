import { alignmentSimilarity, weightedAlignmentSimilarity } from './align.ts';
import { mix32 } from './hash.ts';
import { docTokens, type TokenStore } from './token-store.ts';
import { createUnionFind } from './union-find.ts';

export type GroupingOptions = {
  /** MinHash values per ad (= bands × rows). */
  bands?: number;
  rows?: number;
  /** Candidates must also agree on at least this share of MinHash values … */
  signatureFloor?: number;
  /** … and share this much of their word order (longest common subsequence ÷ longer length). */
  alignThreshold?: number;
  /** How many distinct candidates per LSH bucket an ad is compared with. Bounds the work in stock-phrase buckets. */
  repsPerBucket?: number;
  /**
   * … and share this much of their weighted word order: the words in common order, each weighted by
   * its inverse document frequency, ÷ the heavier ad. Agreement on stock phrases counts little, so
   * two advertisers who copy the same stock lines stay apart while heavily edited copies join.
   */
  weightedThreshold?: number;
  /**
   * Two groups of two or more ads join only when each side's ad also matches this many of the other
   * group's sample ads (its first few members, the matched ad included). One chance likeness between
   * two advertisers' ads then no longer merges their whole groups; copies of one template match most
   * of each other.
   */
  confirmations?: number;
  /** Sample ads kept per group for confirming a join (its first members). */
  samples?: number;
};

export type GroupingResult = {
  /** Per ad: the index of its group's representative ad (an ad alone is its own). */
  labels: Int32Array;
  stats: { ads: number; groups: number; groupedAds: number; comparisons: number; alignments: number; unions: number };
};

// 32 bands and 4 candidates per bucket (were 48 and 6): chosen on seed 1300 only
// (bench/monitor-grouping-tune.ts), then measured once on seeds 9100 and 9200: about 35–40 % less
// grouping CPU and a slightly higher weakest precision on all three seeds, at the cost of recall on the
// short corpus at 3 edits (its weakest F1 about 0.01 lower on each seed). See the README.
const DEFAULTS: Required<GroupingOptions> = {
  bands: 32,
  rows: 2,
  signatureFloor: 0.1,
  alignThreshold: 0.45,
  repsPerBucket: 4,
  weightedThreshold: 0.5,
  confirmations: 3,
  samples: 5,
};

const DF_BITS = 22;
const WORD_BITS = 20;
const MAX_DOCS = 2 ** 21;

const bigram = (a: number, b: number): number => mix32(Math.imul(a, 0x9e3779b1) ^ b);

/**
 * Groups near-duplicate and templated ads. Weighted MinHash-LSH over word pairs (each pair weighted by
 * its inverse document frequency, so stock phrases that many advertisers share count little, without
 * a fixed cut tuned to one corpus) proposes candidates; a candidate joins only if the two ads share
 * enough of their word order, plainly (longest common subsequence ÷ longer ad) and weighted by the
 * rarity of each word, which tolerates substituted words, an inserted sentence and masked names,
 * places and numbers, but not two advertisers who merely copy the same stock lines. One setting for
 * every corpus (bench/monitor-cross-corpus.ts). Groups are the connected components (union-find).
 * Linear in the number of ads apart from sorting.
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
  // The same for single words, counted once per ad: their weights decide how much of an ad two ads share.
  const wordDf = new Uint32Array(1 << WORD_BITS);
  const lastAd = new Int32Array(1 << WORD_BITS).fill(-1);
  const wordMask = (1 << WORD_BITS) - 1;
  for (let d = 0; d < n; d++) {
    for (const token of docTokens(store, d)) {
      const slot = mix32(token) & wordMask;
      if (lastAd[slot] === d) continue;
      lastAd[slot] = d;
      wordDf[slot] = (wordDf[slot] as number) + 1;
    }
  }
  // A word in one ad only (an edit, a name) weighs as one in two ads: it cannot be shared, and should
  // not weigh more than the template's own words it replaced.
  const wordWeight = new Float32Array(1 << WORD_BITS);
  for (let slot = 0; slot <= wordMask; slot++) {
    const count = wordDf[slot] as number;
    if (count > 0) wordWeight[slot] = Math.log1p(n / Math.max(2, count));
  }
  const weightOf = (token: number): number => wordWeight[mix32(token) & wordMask] as number;

  // Pass 2: weighted MinHash signatures (an exponential race per value): a word pair wins a value with
  // probability in proportion to its weight, the inverse document frequency ln(n / df). Stock phrases
  // that many advertisers copy weigh little, a template's own pairs much; there is no fixed cut to
  // tune. Pairs in one ad only (df = 1: an edit, a name) can never be shared, so they take no part.
  const a = new Uint32Array(hashesPerDoc);
  const c = new Uint32Array(hashesPerDoc);
  for (let k = 0; k < hashesPerDoc; k++) {
    a[k] = mix32(0x1234567 + k * 2654435761) | 1;
    c[k] = mix32(0x7654321 + k * 40503);
  }
  const sig = new Uint32Array(n * hashesPerDoc);
  const best = new Float64Array(hashesPerDoc);
  const active = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    const t = docTokens(store, d);
    const base = d * hashesPerDoc;
    best.fill(Number.POSITIVE_INFINITY);
    let used = 0;
    for (let i = 0; i + 1 < t.length; i++) {
      const g = bigram(t[i] as number, t[i + 1] as number);
      const count = df[g & mask] as number;
      if (count < 2) continue;
      // ln(1 + n/df) rather than ln(n/df): stays positive when every ad has the pair (a corpus of two copies).
      const weight = Math.log1p(n / count);
      used++;
      for (let k = 0; k < hashesPerDoc; k++) {
        const h = (Math.imul(a[k] as number, g) + (c[k] as number)) >>> 0;
        // -ln(u) / weight with u in (0, 1): the smallest wins. Since -ln(u) ≥ 1 − u, a value whose
        // 1 − u is already too large cannot win, and most lose that way without a logarithm
        // (the factor keeps rounding on the safe side).
        const u = (h + 0.5) / 4294967296;
        const limit = (best[k] as number) * weight;
        if ((1 - u) * 0.999999 >= limit) continue;
        const v = -Math.log(u) / weight;
        if (v < (best[k] as number)) {
          best[k] = v;
          sig[base + k] = g;
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
    const tx = docTokens(store, x);
    const ty = docTokens(store, y);
    // The common word order can never be longer than the shorter ad.
    if (Math.min(tx.length, ty.length) < o.alignThreshold * Math.max(tx.length, ty.length)) return false;
    const align = alignmentSimilarity(tx, ty);
    if (align < o.alignThreshold) return false;
    const weighted = weightedAlignmentSimilarity(tx, ty, weightOf);
    return weighted >= o.weightedThreshold;
  };

  // Sample members per group (the root holds them), for confirming a join of two groups.
  const SAMPLES = o.samples;
  const samples = new Int32Array(n * SAMPLES).fill(-1);
  const sampleCount = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    samples[d * SAMPLES] = d;
    sampleCount[d] = 1;
  }
  /** How many of the sample ads of `root`'s group `d` matches (the already matched ad `known` counts as one). */
  const matchesOf = (d: number, root: number, known: number, need: number): boolean => {
    let hits = 1;
    for (let i = 0; i < (sampleCount[root] as number) && hits < need; i++) {
      const other = samples[root * SAMPLES + i] as number;
      if (other !== known && verify(d, other)) hits++;
    }
    return hits >= Math.min(need, sampleCount[root] as number);
  };
  const join = (d: number, r: number): boolean => {
    const rd = uf.find(d);
    const rr = uf.find(r);
    if (rd === rr) return true;
    if (!verify(d, r)) return false;
    if (!matchesOf(d, rr, r, o.confirmations) || !matchesOf(r, rd, d, o.confirmations)) return false;
    uf.union(d, r);
    unions++;
    const root = uf.find(d);
    const from = root === rd ? rr : rd;
    for (let i = 0; i < (sampleCount[from] as number) && (sampleCount[root] as number) < SAMPLES; i++) {
      samples[root * SAMPLES + (sampleCount[root] as number)] = samples[from * SAMPLES + i] as number;
      sampleCount[root] = (sampleCount[root] as number) + 1;
    }
    return true;
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
            if (join(d, r)) {
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
