/**
 * Is a user-entered URL pattern (a JavaScript regular expression) safe to run on every discovered URL?
 *
 * Why our own checker: the one installed library (safe-regex2, a transitive dependency of fastify,
 * not ours to rely on) only measures star height, so it lets (a|a)* and \d+\d+ through. This file
 * parses the pattern into a small tree and refuses, conservatively:
 * - nested repetition: a repeated part that itself contains a repetition, e.g. (a+)+, (.*)*, (a*b)*;
 * - a repeated part that can match nothing, e.g. (a?)*, (a|)*;
 * - repeated alternatives that can start with the same character, e.g. (a|a)*, (a|ab)+, (\w|\d)+;
 * - two unbounded repetitions of overlapping characters with only optional parts between, e.g.
 *   \d+\d+, .*.*, a+b?a+ (polynomial backtracking);
 * - three or more unbounded repetitions chained through separators they can also match, e.g.
 *   .*a.*a.* (cubic or worse on a long URL);
 * - back-references, lookbehind and anything this parser does not understand.
 * Patterns such as ^https://example\.org/(ads|ad/), /ad/[^/?#]+$ or [^/]+/[^/]+/[^/]+ pass.
 * URLs are at most 2,000 characters (pick-links.ts), so the quadratic cases that remain stay fast.
 */

export const MAX_PATTERN_LENGTH = 300;

export type PatternProblem = 'empty' | 'too_long' | 'invalid' | 'backtracking' | 'unsupported';

/** A set of UTF-16 code units: `ranges`, or everything except them when `neg`. */
type CharSet = { neg: boolean; ranges: Array<[number, number]> };

type Node =
  | { t: 'set'; set: CharSet }
  | { t: 'empty' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'group'; body: Node; zeroWidth: boolean }
  | { t: 'quant'; body: Node; min: number; max: number };

class Unsupported extends Error {}

const range = (lo: number, hi: number): CharSet => ({ neg: false, ranges: [[lo, hi]] });
const chars = (s: string): CharSet => ({ neg: false, ranges: [...s].map((c): [number, number] => [c.charCodeAt(0), c.charCodeAt(0)]) });
const DIGIT = range(48, 57);
const WORD: CharSet = { neg: false, ranges: [[48, 57], [65, 90], [95, 95], [97, 122]] };
const SPACE: CharSet = { neg: false, ranges: [[9, 13], [32, 32], [160, 160], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]] };
const NEWLINES = chars('\n\r\u2028\u2029');
const negate = (s: CharSet): CharSet => ({ neg: !s.neg, ranges: s.ranges });

const intersects = (a: Array<[number, number]>, b: Array<[number, number]>) => a.some(([l1, h1]) => b.some(([l2, h2]) => l1 <= h2 && l2 <= h1));
/** Whether every unit of `a` lies in `b` (both plain range lists). */
const covered = (a: Array<[number, number]>, b: Array<[number, number]>) =>
  a.every(([lo, hi]) => {
    let next = lo;
    for (const [l, h] of [...b].sort((x, y) => x[0] - y[0])) if (l <= next && h >= next) next = h + 1;
    return next > hi;
  });

const overlaps = (a: CharSet, b: CharSet): boolean => {
  if (a.neg && b.neg) return true;
  if (!a.neg && !b.neg) return intersects(a.ranges, b.ranges);
  const [pos, neg] = a.neg ? [b, a] : [a, b];
  return !covered(pos.ranges, neg.ranges);
};

/** Union, kept as a CharSet (a negated part makes the union negated: ¬X ∪ P = ¬(X without P), approximated as ¬X). */
const union = (a: CharSet | null, b: CharSet | null): CharSet | null => {
  if (!a) return b;
  if (!b) return a;
  if (a.neg || b.neg) return { neg: true, ranges: a.neg && b.neg ? [] : (a.neg ? a : b).ranges.filter((r) => !intersects([r], (a.neg ? b : a).ranges)) };
  return { neg: false, ranges: [...a.ranges, ...b.ranges] };
};

/** A tiny recursive-descent parser for the regular-expression syntax a URL pattern needs. */
const parse = (src: string): Node => {
  let i = 0;
  const peek = () => src[i];
  const eat = () => src[i++] as string;

  const escapeSet = (c: string): CharSet => {
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return negate(DIGIT);
      case 'w':
        return WORD;
      case 'W':
        return negate(WORD);
      case 's':
        return SPACE;
      case 'S':
        return negate(SPACE);
      case 'n':
        return chars('\n');
      case 'r':
        return chars('\r');
      case 't':
        return chars('\t');
      case 'x': {
        const hex = src.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unsupported();
        i += 2;
        return range(Number.parseInt(hex, 16), Number.parseInt(hex, 16));
      }
      case 'u': {
        const hex = src.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported();
        i += 4;
        return range(Number.parseInt(hex, 16), Number.parseInt(hex, 16));
      }
      default:
        // Back-references (\1, \k<name>), \b-style assertions inside classes, \p{…}: not for URL patterns.
        if (/[0-9kpPcB]/.test(c)) throw new Unsupported();
        return chars(c);
    }
  };

  const classSet = (): CharSet => {
    const neg = peek() === '^';
    if (neg) i++;
    let set: CharSet | null = null;
    let first = true;
    while (i < src.length && (peek() !== ']' || first)) {
      first = false;
      let c = eat();
      let item: CharSet;
      if (c === '\\') {
        const e = eat();
        item = e === 'b' ? chars('\b') : escapeSet(e);
      } else item = chars(c);
      if (peek() === '-' && src[i + 1] !== ']' && !item.neg && item.ranges.length === 1 && item.ranges[0]?.[0] === item.ranges[0]?.[1]) {
        i++;
        c = eat();
        const hi = c === '\\' ? escapeSet(eat()) : chars(c);
        if (hi.neg || hi.ranges.length !== 1) throw new Unsupported();
        item = range(item.ranges[0]?.[0] as number, hi.ranges[0]?.[0] as number);
      }
      set = union(set, item);
    }
    if (eat() !== ']') throw new Unsupported();
    const s = set ?? { neg: false, ranges: [] };
    return neg ? negate(s) : s;
  };

  const atom = (): Node | null => {
    const c = eat();
    if (c === '(') {
      let zeroWidth = false;
      if (peek() === '?') {
        const kind = src.slice(i, i + 3);
        if (kind.startsWith('?:')) i += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) {
          i += 2;
          zeroWidth = true;
        } else if (kind.startsWith('?<') && kind !== '?<=' && kind !== '?<!') {
          const end = src.indexOf('>', i);
          if (end < 0) throw new Unsupported();
          i = end + 1;
        } else throw new Unsupported();
      }
      const body = alternation();
      if (eat() !== ')') throw new Unsupported();
      return { t: 'group', body, zeroWidth };
    }
    if (c === '[') return { t: 'set', set: classSet() };
    if (c === '.') return { t: 'set', set: negate(NEWLINES) };
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '\\') {
      const e = eat();
      if (e === 'b' || e === 'B') return { t: 'empty' };
      return { t: 'set', set: escapeSet(e) };
    }
    return { t: 'set', set: chars(c) };
  };

  const quantifier = (): { min: number; max: number } | null => {
    const c = peek();
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') q = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(src.slice(i));
      if (!m) return null;
      i += (m[0] as string).length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY };
    }
    if (!q) return null;
    i++;
    if (peek() === '?') i++; // lazy: same backtracking, same rules
    return q;
  };

  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < src.length && peek() !== '|' && peek() !== ')') {
      const a = atom();
      if (!a) continue;
      const q = quantifier();
      items.push(q ? { t: 'quant', body: a, ...q } : a);
    }
    return { t: 'seq', items };
  };

  function alternation(): Node {
    const options = [sequence()];
    while (peek() === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  }

  const tree = alternation();
  if (i !== src.length) throw new Unsupported();
  return tree;
};

const nullable = (n: Node): boolean => {
  switch (n.t) {
    case 'set':
      return false;
    case 'empty':
      return true;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.options.some(nullable);
    case 'group':
      return n.zeroWidth || nullable(n.body);
    case 'quant':
      return n.min === 0 || nullable(n.body);
  }
};

/** Every character the node can consume. */
const charsOf = (n: Node): CharSet | null => {
  switch (n.t) {
    case 'set':
      return n.set;
    case 'empty':
      return null;
    case 'seq':
      return n.items.reduce<CharSet | null>((acc, it) => union(acc, charsOf(it)), null);
    case 'alt':
      return n.options.reduce<CharSet | null>((acc, it) => union(acc, charsOf(it)), null);
    case 'group':
      return n.zeroWidth ? null : charsOf(n.body);
    case 'quant':
      return n.max === 0 ? null : charsOf(n.body);
  }
};

/** The characters the node can start with. */
const firstOf = (n: Node): CharSet | null => {
  switch (n.t) {
    case 'set':
      return n.set;
    case 'empty':
      return null;
    case 'seq': {
      let acc: CharSet | null = null;
      for (const it of n.items) {
        acc = union(acc, firstOf(it));
        if (!nullable(it)) break;
      }
      return acc;
    }
    case 'alt':
      return n.options.reduce<CharSet | null>((acc, it) => union(acc, firstOf(it)), null);
    case 'group':
      return n.zeroWidth ? null : firstOf(n.body);
    case 'quant':
      return firstOf(n.body);
  }
};

const hasRepeat = (n: Node, atLeast: number): boolean => {
  switch (n.t) {
    case 'quant':
      return n.max >= atLeast || hasRepeat(n.body, atLeast);
    case 'seq':
      return n.items.some((it) => hasRepeat(it, atLeast));
    case 'alt':
      return n.options.some((it) => hasRepeat(it, atLeast));
    case 'group':
      return hasRepeat(n.body, atLeast);
    default:
      return false;
  }
};

/** Every alternation inside a node (a repeated ambiguous choice doubles the ways per round). */
const alternationsIn = (n: Node): Node[][] => {
  switch (n.t) {
    case 'alt':
      return [n.options, ...n.options.flatMap(alternationsIn)];
    case 'seq':
      return n.items.flatMap(alternationsIn);
    case 'group':
    case 'quant':
      return alternationsIn(n.body);
    default:
      return [];
  }
};

const ambiguous = (options: Node[]): boolean => {
  const firsts = options.map(firstOf);
  for (let a = 0; a < firsts.length; a++)
    for (let b = a + 1; b < firsts.length; b++) {
      const fa = firsts[a];
      const fb = firsts[b];
      if (!fa || !fb || overlaps(fa, fb)) return true;
    }
  return false;
};

/** A sequence with plain groups opened up, so (.*)x(.*) is seen as .*x.* */
const flatten = (items: Node[]): Node[] =>
  items.flatMap((it) => (it.t === 'group' && !it.zeroWidth && it.body.t === 'seq' ? flatten(it.body.items) : [it]));

const isUnbounded = (n: Node): n is Extract<Node, { t: 'quant' }> => n.t === 'quant' && n.max === Number.POSITIVE_INFINITY;

/** The polynomial rules over one sequence: see the file comment. */
const sequenceBacktracks = (items: Node[]): boolean => {
  // Earlier unbounded repetitions that can still absorb what follows, with whether a required part lies between.
  let alive: Array<{ set: CharSet; chain: number; onlyOptionalSince: boolean }> = [];
  for (const it of flatten(items)) {
    if (isUnbounded(it)) {
      const set = charsOf(it.body);
      if (!set) continue;
      let chain = 1;
      for (const a of alive) {
        if (!overlaps(a.set, set)) continue;
        if (a.onlyOptionalSince) return true;
        chain = Math.max(chain, a.chain + 1);
      }
      if (chain >= 3) return true;
      alive.push({ set, chain, onlyOptionalSince: true });
      continue;
    }
    const set = charsOf(it);
    if (!set) continue;
    const optional = nullable(it);
    alive = alive.filter((a) => overlaps(a.set, set) || optional).map((a) => ({ ...a, onlyOptionalSince: a.onlyOptionalSince && optional }));
  }
  return false;
};

const backtracks = (n: Node): boolean => {
  switch (n.t) {
    case 'quant': {
      if (n.max > 1) {
        if (nullable(n.body)) return true;
        if (hasRepeat(n.body, n.max === Number.POSITIVE_INFINITY ? 2 : Number.POSITIVE_INFINITY)) return true;
        if (alternationsIn(n.body).some(ambiguous)) return true;
      }
      return backtracks(n.body);
    }
    case 'seq':
      return sequenceBacktracks(n.items) || n.items.some(backtracks);
    case 'alt':
      return n.options.some(backtracks);
    case 'group':
      return backtracks(n.body);
    default:
      return false;
  }
};

/** null when the pattern may be used; otherwise why not. */
export const checkUrlPattern = (pattern: string): PatternProblem | null => {
  if (pattern.trim() === '') return 'empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return 'too_long';
  try {
    new RegExp(pattern);
  } catch {
    return 'invalid';
  }
  let tree: Node;
  try {
    tree = parse(pattern);
  } catch {
    return 'unsupported';
  }
  return backtracks(tree) ? 'backtracking' : null;
};

/** Compiles a pattern only if it passes the check (crawl time: a stored pattern is checked again). */
export const compileUrlPattern = (pattern: string): RegExp | null => (checkUrlPattern(pattern) === null ? new RegExp(pattern) : null);
