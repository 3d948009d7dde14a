import { alignmentSimilarity } from './align.ts';
import { hashToken } from './hash.ts';
import { MASK, type AdTokens } from './tokenise-ad.ts';

export type TemplateSegment =
  | { kind: 'fixed'; text: string }
  | { kind: 'slot'; slot: 'naam' | 'plaats' | 'nummer' | 'tekst'; examples: string[] };

export type DerivedTemplate = {
  /** Index (into the given members) of the medoid: the ad most like all others. */
  medoid: number;
  segments: TemplateSegment[];
  /** Members used (large groups are sampled). */
  sampled: number;
};

const MAX_SAMPLE = 30;
const MAX_EXAMPLES = 5;

/** For each position in `a`, the position in `b` it is aligned to (LCS with backtracking), or -1. */
const alignPositions = (a: Uint32Array, b: Uint32Array): Int32Array => {
  const n = a.length;
  const m = b.length;
  const dp = new Int32Array((n + 1) * (m + 1));
  const w = m + 1;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      dp[i * w + j] = a[i - 1] === b[j - 1] ? (dp[(i - 1) * w + j - 1] as number) + 1 : Math.max(dp[(i - 1) * w + j] as number, dp[i * w + j - 1] as number);
    }
  }
  const map = new Int32Array(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      map[i - 1] = j - 1;
      i--;
      j--;
    } else if ((dp[(i - 1) * w + j] as number) >= (dp[i * w + j - 1] as number)) i--;
    else j--;
  }

  return map;
};

const slotKind = (masked: string[]): 'naam' | 'plaats' | 'nummer' | 'tekst' => {
  if (masked.every((t) => t === MASK.name)) return 'naam';
  if (masked.every((t) => t === MASK.place)) return 'plaats';
  if (masked.every((t) => t === MASK.number)) return 'nummer';
  return 'tekst';
};

/**
 * The shared template of a group with its varying slots marked (after InfoShield's idea): align
 * every member to the group's medoid; medoid words that most members share are fixed text, the rest
 * (and every masked name, place or number) are slots, with examples of what members put there.
 */
export const deriveTemplate = (members: readonly AdTokens[]): DerivedTemplate => {
  const sample = members.slice(0, MAX_SAMPLE);
  const hashed = sample.map((m) => Uint32Array.from(m.masked, hashToken));
  let medoid = 0;
  let best = -1;
  for (let i = 0; i < hashed.length; i++) {
    let sum = 0;
    for (let j = 0; j < hashed.length; j++) if (i !== j) sum += alignmentSimilarity(hashed[i] as Uint32Array, hashed[j] as Uint32Array);
    if (sum > best) {
      best = sum;
      medoid = i;
    }
  }
  const center = sample[medoid] as AdTokens;
  const centerHashed = hashed[medoid] as Uint32Array;
  const maps = hashed.map((h, i) => (i === medoid ? null : alignPositions(centerHashed, h)));
  const others = sample.length - 1;
  const fixed = center.masked.map((token, p) => {
    if (token === MASK.name || token === MASK.place || token === MASK.number) return false;
    if (others === 0) return true;
    const matched = maps.reduce((n, map) => n + (map && (map[p] as number) >= 0 ? 1 : 0), 0);
    return matched >= Math.ceil(0.6 * others);
  });

  const segments: TemplateSegment[] = [];
  let p = 0;
  while (p < center.masked.length) {
    const start = p;
    const isFixed = fixed[p];
    // A slot ends where its kind changes, so "{naam} {nummer}" stays two slots.
    const category = (q: number) => (fixed[q] ? 'fixed' : slotKind([center.masked[q] as string]));
    const kind = category(p);
    while (p < center.masked.length && fixed[p] === isFixed && category(p) === kind) p++;
    if (isFixed) {
      segments.push({ kind: 'fixed', text: center.raw.slice(start, p).join(' ') });
      continue;
    }
    const examples = new Set<string>([center.raw.slice(start, p).join(' ')]);
    sample.forEach((member, i) => {
      const map = maps[i];
      if (!map || examples.size >= MAX_EXAMPLES) return;
      // What this member has between the anchors around the slot.
      const from = start > 0 && (map[start - 1] as number) >= 0 ? (map[start - 1] as number) + 1 : start === 0 ? 0 : -1;
      const to = p < map.length && (map[p] as number) >= 0 ? (map[p] as number) : p === map.length ? member.raw.length : -1;
      if (from < 0 || to < from) return;
      const text = member.raw.slice(from, to).join(' ');
      if (text) examples.add(text);
    });
    segments.push({ kind: 'slot', slot: slotKind(center.masked.slice(start, p)), examples: [...examples] });
  }

  return { medoid, segments, sampled: sample.length };
};

/** The template as one line of text, slots in braces: "Hoi ik ben {naam} uit {plaats} …". */
export const templateText = (segments: readonly TemplateSegment[]): string =>
  segments.map((s) => (s.kind === 'fixed' ? s.text : `{${s.slot}}`)).join(' ');
