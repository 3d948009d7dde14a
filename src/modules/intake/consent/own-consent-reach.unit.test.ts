import { describe, expect, it } from 'vitest';
import { consentNoteBand, ownConsentReach } from './own-consent-reach.ts';

/** The consent step asks the one age rule; these are the answers it must get (issue 14 finding 14). */
describe('ownConsentReach', () => {
  it('from 16 her own answer counts for all three questions', () => {
    expect(ownConsentReach('16_plus')).toEqual({ counts: ['police', 'care', 'zvh'], needsParent: [] });
  });

  it('from 12 to 15 it counts for care only', () => {
    expect(ownConsentReach('12_15')).toEqual({ counts: ['care'], needsParent: ['police', 'zvh'] });
  });

  it('under 12 it counts for none without a parent', () => {
    expect(ownConsentReach('under_12')).toEqual({ counts: [], needsParent: ['police', 'care', 'zvh'] });
  });

  it('the note is for a victim reporting for herself only, with the youngest reading of her answers', () => {
    expect(consentNoteBand('victim', { victimAge: '15' })).toBe('12_15');
    expect(consentNoteBand('victim', { victimAgeEstimate: '16_17' })).toBe('16_plus');
    expect(consentNoteBand('victim', {})).toBe('unknown');
    expect(consentNoteBand('family', { victimAge: '15' })).toBeNull();
  });
});
