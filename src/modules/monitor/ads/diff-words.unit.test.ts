import { describe, expect, it } from 'vitest';
import { diffWords } from './diff-words.ts';

describe('diffWords', () => {
  it('marks the words an edit removed and added, keeping the rest', () => {
    expect(diffWords('Lieve Sanne in Breda, bel mij', 'Lieve Sanne nu in Utrecht, bel mij')).toEqual([
      { kind: 'same', text: 'Lieve Sanne' },
      { kind: 'added', text: 'nu' },
      { kind: 'same', text: 'in' },
      { kind: 'removed', text: 'Breda,' },
      { kind: 'added', text: 'Utrecht,' },
      { kind: 'same', text: 'bel mij' },
    ]);
    expect(diffWords('a b', 'a b')).toEqual([{ kind: 'same', text: 'a b' }]);
  });

  it('stays fast on long rewritten texts', () => {
    const a = Array.from({ length: 4000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 4000 }, (_, i) => `v${i}`).join(' ');
    // A ratio to the linear case measured in the same run (identical texts), not a wall-clock limit
    // that a loaded machine breaks; a quadratic diff of 4,000 x 4,000 words costs far more.
    const timed = (x: string, y: string) => {
      const t0 = performance.now();
      diffWords(x, y);
      return performance.now() - t0;
    };
    const linear = Math.min(timed(a, a), timed(a, a), timed(a, a));
    const t0 = performance.now();
    expect(diffWords(a, b).map((c) => c.kind)).toEqual(['removed', 'added']);
    expect(performance.now() - t0).toBeLessThan(30 * linear + 200);
  });
});
