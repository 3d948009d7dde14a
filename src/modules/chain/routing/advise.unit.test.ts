import { describe, expect, it } from 'vitest';
import { adviseRouting, type RoutingFacts, youngestAge } from './advise.ts';

const base: RoutingFacts = { criteria: [], risks: [], victims: [], priority: 'normal' };
const targets = (f: Partial<RoutingFacts>) => adviseRouting({ ...base, ...f }).map((a) => a.target);

describe('routing advice', () => {
  it('a known suspect, or coercion with economic gain, is a criminal component: police/OM, not the ZVH', () => {
    expect(adviseRouting({ ...base, criteria: [{ criterion: 'suspect_known', state: 'met' }] })[0]).toEqual({ target: 'police_om', reasons: ['suspect_known'] });
    const both = adviseRouting({ ...base, criteria: [{ criterion: 'coerced_boundaries', state: 'met' }, { criterion: 'economic_gain', state: 'met' }] });
    expect(both[0]).toEqual({ target: 'police_om', reasons: ['coerced_and_gain'] });
    expect(both.map((a) => a.target)).not.toContain('zvh');
  });

  it('otherwise the ZVH case consultation (also when criteria are only unknown or not met)', () => {
    expect(targets({})).toEqual(['zvh']);
    expect(targets({ criteria: [{ criterion: 'coerced_boundaries', state: 'met' }, { criterion: 'suspect_known', state: 'unknown' }] })).toEqual(['zvh']);
    expect(targets({ criteria: [{ criterion: 'suspect_known', state: 'not_met' }] })).toEqual(['zvh']);
  });

  it('Veilig Thuis for a minor in acute danger or at high risk of violence or coercion, not for an adult', () => {
    const minor = [{ age: 15, ageEstimate: '' }];
    expect(adviseRouting({ ...base, victims: minor, risks: [{ risk: 'violence', severity: 'high' }] })).toContainEqual({ target: 'veilig-thuis', reasons: ['minor', 'high_violence'] });
    expect(adviseRouting({ ...base, victims: minor, priority: 'urgent' })).toContainEqual({ target: 'veilig-thuis', reasons: ['minor', 'acute_priority'] });
    expect(targets({ victims: minor, risks: [{ risk: 'violence', severity: 'medium' }] })).not.toContain('veilig-thuis');
    expect(targets({ victims: [{ age: 19, ageEstimate: '' }], risks: [{ risk: 'coercion', severity: 'high' }] })).not.toContain('veilig-thuis');
    // Age unknown: advised, and the reason says the age is missing.
    expect(adviseRouting({ ...base, victims: [{ age: null, ageEstimate: 'onbekend' }], risks: [{ risk: 'coercion', severity: 'high' }] })).toContainEqual({ target: 'veilig-thuis', reasons: ['age_unknown', 'high_coercion'] });
  });

  it('CoMensha on signs of exploitation', () => {
    expect(adviseRouting({ ...base, criteria: [{ criterion: 'economic_gain', state: 'met' }] })).toContainEqual({ target: 'comensha', reasons: ['economic_gain'] });
    expect(adviseRouting({ ...base, risks: [{ risk: 'exploitation', severity: 'medium' }] })).toContainEqual({ target: 'comensha', reasons: ['exploitation_risk'] });
    expect(targets({ risks: [{ risk: 'exploitation', severity: 'low' }] })).not.toContain('comensha');
  });

  it('care for every possible victim', () => {
    expect(adviseRouting({ ...base, victims: [{ age: 16, ageEstimate: '' }] })).toContainEqual({ target: 'care', reasons: ['possible_victim', 'minor'] });
    expect(adviseRouting({ ...base, victims: [{ age: 21, ageEstimate: '' }] })).toContainEqual({ target: 'care', reasons: ['possible_victim'] });
    expect(targets({})).not.toContain('care');
  });

  it('the youngest age: recorded ages first, else the lowest number an estimate names', () => {
    expect(youngestAge([{ age: 17, ageEstimate: '' }, { age: null, ageEstimate: '15 of 16' }])).toBe(15);
    expect(youngestAge([{ age: null, ageEstimate: 'onbekend' }])).toBeNull();
    expect(youngestAge([])).toBeNull();
  });
});
