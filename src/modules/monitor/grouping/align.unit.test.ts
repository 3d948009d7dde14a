import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcsLength } from './align.ts';
import { MAX_TOKENS } from './token-store.ts';

/** The plain dynamic programme the bit-parallel lcsLength replaced: the reference it must equal. */
const referenceLcs = (a: Uint32Array, b: Uint32Array): number => {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
};

// Few distinct tokens, so sequences share many; lengths across the 32-bit word borders up to the cap.
const tokens = (max: number) => fc.array(fc.integer({ min: 0, max: 12 }).map((t) => (t * 2654435761) >>> 0), { maxLength: max }).map((xs) => Uint32Array.from(xs));

describe('longest common subsequence of token hashes', () => {
  it('equals the plain dynamic programme on random sequences', () => {
    fc.assert(
      fc.property(tokens(80), tokens(80), (a, b) => {
        expect(lcsLength(a, b)).toBe(referenceLcs(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('equals it at the word borders and at the longest ads', () => {
    fc.assert(
      fc.property(fc.constantFrom(31, 32, 33, 63, 64, 65, 399, MAX_TOKENS), tokens(MAX_TOKENS), fc.integer({ min: 1, max: 2 ** 31 }), (m, a, seed) => {
        let s = seed;
        const b = Uint32Array.from({ length: m }, () => {
          s = (s * 1103515245 + 12345) % 2 ** 31;
          return ((s % 13) * 2654435761) >>> 0;
        });
        expect(lcsLength(a, b)).toBe(referenceLcs(a, b));
        expect(lcsLength(b, b)).toBe(m);
      }),
      { numRuns: 60 },
    );
  });
});
