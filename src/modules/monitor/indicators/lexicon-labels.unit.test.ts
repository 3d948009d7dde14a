import { describe, expect, it } from 'vitest';
import { LEXICON_V1 } from './lexicon-v1.ts';

describe('lexicon labels', () => {
  it('no label repeats the "(getoond, telt niet mee)" that the pages add to shown-only indicators (issue 14 finding 16)', () => {
    for (const indicator of LEXICON_V1.indicators) {
      expect(indicator.label.nl).not.toContain('getoond');
      expect(indicator.label.en).not.toContain('shown');
    }
  });
});
