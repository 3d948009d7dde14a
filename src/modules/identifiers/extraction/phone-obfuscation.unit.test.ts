import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from './extract-identifiers.ts';
import { isObfuscatedPhone } from './phone-obfuscation.ts';

/** The raw text of the one phone hit in `text`, so the helper is tested on what the extractor gives. */
const rawPhone = (text: string): string => {
  const phones = extractIdentifiers(text).filter((h) => h.kind === 'phone');
  expect(phones).toHaveLength(1);
  return (phones[0] as { raw: string }).raw;
};

describe('isObfuscatedPhone', () => {
  it.each([
    'bel 06-12345678',
    'app 0612345678',
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06/12345678',
    '+31 6 1234 5678',
    '+31 (0)6 1234 5678',
    '0031 6 12345678',
    'https://wa.me/31612345678',
  ])('ordinary writing is not evasion: %s', (text) => {
    expect(isObfuscatedPhone(rawPhone(text))).toBe(false);
  });

  it.each([
    'nul zes 12 34 vijf 6 78',
    'zero six 1234 5678',
    'O6 l234 5678',
    'O6 l234 OOOO',
    '0*6*1*2*3*4*5*6*7*8',
    '0~6~1~2~3~4~5~6~7~8',
    '06_1234_5678',
    '0 . 6 . 1 . 2 . 3 . 4 . 5 . 6 . 7 . 8',
    '0/6/1/2/3/4/5/6/7/8',
    '06💋12💋34💋56💋78',
    '0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣',
    '０６１２３４５６７８',
  ])('written to evade filters: %s', (text) => {
    expect(isObfuscatedPhone(rawPhone(text))).toBe(true);
  });
});
