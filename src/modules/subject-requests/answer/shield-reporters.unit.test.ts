import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIELDED, shieldReporters } from './shield-reporters.ts';

/** The second lock on the reporter's identity (DESIGN §3 rule 3): nothing that contains it passes. */
const reporter = { name: 'Testouder Jansen', email: 'ouder@vangnet.test', phone: '06-12349999' };

describe('shieldReporters', () => {
  it('replaces every string that names the reporter or holds their number, in any spelling', () => {
    const answer = {
      given: [
        { data: { name: 'Testje Verzonnen', description: 'Gemeld door testouder  JANSEN', note: 'bel +31 6 1234 9999', mail: 'Ouder@Vangnet.test' } },
        { data: { list: ['ok', '0031612349999'], when: new Date('2031-01-01T00:00:00Z'), n: 3 } },
      ],
    };
    const { value, shielded } = shieldReporters(answer, [reporter]);
    expect(shielded).toBe(4);
    expect(value.given[0]?.data).toEqual({ name: 'Testje Verzonnen', description: SHIELDED, note: SHIELDED, mail: SHIELDED });
    expect(value.given[1]?.data.list).toEqual(['ok', SHIELDED]);
    expect(value.given[1]?.data.when).toEqual(new Date('2031-01-01T00:00:00Z'));
    expect(JSON.stringify(value)).not.toMatch(/jansen|ouder@|12349999/i);
  });

  it('leaves the answer alone when there is nobody to shield', () => {
    const answer = { a: 'Testouder Jansen' };
    expect(shieldReporters(answer, []).value).toEqual(answer);
  });

  it('no text around the identity lets it through (fast-check)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(reporter.name, reporter.email, reporter.phone, '0612349999', reporter.name.toUpperCase()), (before, after, secret) => {
        const { value } = shieldReporters({ text: `${before}${secret}${after}`, nested: [{ x: `${secret}` }] }, [reporter]);
        expect(value.text).toBe(SHIELDED);
        expect(value.nested[0]?.x).toBe(SHIELDED);
      }),
    );
  });
});
