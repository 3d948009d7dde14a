import { describe, expect, it } from 'vitest';
import { bandOfAge, bandOfEstimate, bandOfReportAnswers, bandOfVictims, consentCountsForAge, youngestBand } from './consent-age.ts';

describe('the age rule for consent (issue 14 finding 14)', () => {
  it('16 and older decide for themselves, for every purpose; a parent does not count instead', () => {
    for (const p of ['police_om', 'care_referral', 'zvh_sharing', 'comensha_registration'] as const) {
      expect(consentCountsForAge('victim', p, '16_plus').ok).toBe(true);
      const parent = consentCountsForAge('guardian', p, '16_plus');
      expect(parent.ok).toBe(false);
      expect(!parent.ok && parent.reason.nl).toContain('16 of ouder');
    }
  });

  it('12 to 15: the young person alone only for care; police, ZVH and CoMensha need a parent or guardian', () => {
    expect(consentCountsForAge('victim', 'care_referral', '12_15').ok).toBe(true);
    for (const p of ['police_om', 'zvh_sharing', 'comensha_registration'] as const) {
      const own = consentCountsForAge('victim', p, '12_15');
      expect(own.ok).toBe(false);
      expect(!own.ok && own.reason.nl).toContain('ouder of voogd');
      expect(!own.ok && own.reason.nl).toContain('uitzondering');
      expect(consentCountsForAge('guardian', p, '12_15').ok).toBe(true);
    }
  });

  it('under 12: a parent or guardian for everything, also care', () => {
    expect(consentCountsForAge('victim', 'care_referral', 'under_12').ok).toBe(false);
    expect(consentCountsForAge('guardian', 'care_referral', 'under_12').ok).toBe(true);
    expect(consentCountsForAge('guardian', 'police_om', 'under_12').ok).toBe(true);
  });

  it('age unknown: either counts', () => {
    expect(consentCountsForAge('victim', 'police_om', 'unknown').ok).toBe(true);
    expect(consentCountsForAge('guardian', 'police_om', 'unknown').ok).toBe(true);
  });

  it('reads ages from the form, the dossier and free-text estimates; the youngest decides', () => {
    expect([11, 12, 15, 16, 17].map(bandOfAge)).toEqual(['under_12', '12_15', '12_15', '16_plus', '16_plus']);
    expect(bandOfReportAnswers('15', '16_17')).toBe('12_15');
    expect(bandOfReportAnswers('', '16_17')).toBe('16_plus');
    expect(bandOfReportAnswers(undefined, 'under_12')).toBe('under_12');
    expect(bandOfReportAnswers(null, 'unknown')).toBe('unknown');
    expect(bandOfEstimate('15 of 16')).toBe('12_15');
    expect(bandOfEstimate('rond de 25')).toBe('16_plus');
    expect(bandOfEstimate('jong')).toBe('unknown');
    expect(youngestBand(['16_plus', 'unknown', '12_15'])).toBe('12_15');
    expect(youngestBand(['unknown'])).toBe('unknown');
    const s = (role: string, age: number | null, ageEstimate = '', mergedInto: string | null = null) => ({ role, age, ageEstimate, mergedInto });
    expect(bandOfVictims([s('possible_victim', 17), s('suspect', 14), s('possible_victim', null, '14?', 'x')])).toBe('16_plus');
    expect(bandOfVictims([s('possible_victim', 17), s('possible_victim', null, '15 of 16')])).toBe('12_15');
  });
});
