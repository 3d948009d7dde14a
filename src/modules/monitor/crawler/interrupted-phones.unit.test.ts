import { describe, expect, it } from 'vitest';
import { findAdPhones } from './extract-ad-identifiers.ts';

// Issue 13 point 2. Fictitious numbers only (06-1234xxxx).
describe('phone numbers interrupted by words (verhuld)', () => {
  const found = (text: string) => findAdPhones(text).map((p) => ({ e164: p.e164, obfuscated: p.obfuscated }));

  it.each([
    ['06 graag - 1234 - 7695', '+31612347695'],
    ['+31 nu 6 1234 7695', '+31612347695'],
    ['O6 14 95 27 ook 32', '+31614952732'],
    ['nul super zes 1234 1536', '+31612341536'],
    ['bel 06 even 12 34 snel 56 78', '+31612345678'],
    ['app 06 12 34 .. 56 78 na 18 uur', '+31612345678'],
    ['06 💋 1234 😘 5678', '+31612345678'],
    ['zero six call 1234 5678', '+31612345678'],
    ['nul zes twee graag drie 45 67 89', '+31623456789'],
  ])('recovers %s, flagged as hidden', (text, e164) => {
    expect(found(`Lieve dame, ${text}. Kusjes`)).toEqual([{ e164, obfuscated: true }]);
  });

  it('keeps the original text of the number, words and all, for the reviewer', () => {
    expect(findAdPhones('Bel 06 graag - 1234 - 7695 vandaag')[0]?.text).toBe('06 graag - 1234 - 7695');
  });

  it('a number also written plainly is not hidden', () => {
    expect(found('06 nu 1234 5678 of gewoon 0612345678')).toEqual([{ e164: '+31612345678', obfuscated: false }]);
  });

  // Ordinary text with numbers and short words between them: nothing may come out as a phone.
  it.each([
    ['prices', '€ 150 per uur, 250 voor 2 uur en 600 voor de hele nacht, 1000 euro weekend'],
    ['times', 'Open van 10 tot 22 uur, zondag 12 tot 18, vrijdag 09.30 tot 23.00'],
    ['dates', 'Vanaf 12 mei 2026 tot 3 juni 2026 in Utrecht, daarna 01-07-2026 weer terug'],
    ['ages', 'Ik ben 23 jaar en mijn vriendin 25 jaar, samen 48 jaar jong, 1 65 lang en 55 kilo'],
    ['house numbers', 'Kerkstraat 12 bis 2e verdieping, ingang naast nummer 14 hoog'],
    ['postcodes', 'Adres 3011 AB Rotterdam of 1012 JS Amsterdam, bij 2511 CV Den Haag en 0612 AB'],
    ['sizes and counts', 'Maat 36 of 38, cup 75 B, 2 of 3 dames, 06 en 07 mei vrij'],
  ])('finds no phone in ordinary text: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
