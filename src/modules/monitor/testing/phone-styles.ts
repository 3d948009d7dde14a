import type { Random } from '../../../../test/support/seeded-random.ts';

const SPELLED_NL = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const SPELLED_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** How a phone number is written in an ad. The obfuscated styles are what evades naive scrapers. */
export const PHONE_STYLES = ['plain', 'dashed', 'spaced', 'international', 'dotted', 'spelled-nl', 'spelled-en', 'homoglyph', 'junk'] as const;
export type PhoneStyle = (typeof PHONE_STYLES)[number];

export const OBFUSCATED_STYLES: readonly PhoneStyle[] = ['spelled-nl', 'spelled-en', 'homoglyph', 'junk'];

/** `national` is ten digits starting 06. */
export const writePhone = (national: string, style: PhoneStyle, random: Random): string => {
  const d = national.split('');
  const pairs = [national.slice(0, 2), national.slice(2, 4), national.slice(4, 6), national.slice(6, 8), national.slice(8)];
  switch (style) {
    case 'plain':
      return national;
    case 'dashed':
      return `${national.slice(0, 2)}-${national.slice(2)}`;
    case 'spaced':
      return pairs.join(' ');
    case 'international':
      return `+31 ${national.slice(1, 2)} ${national.slice(2, 6)} ${national.slice(6)}`;
    case 'dotted':
      return pairs.join('.');
    case 'spelled-nl':
      // Some digits spelled out, the rest as digits: "nul zes 12 34 vijf6 78".
      return d.map((c, i) => (i < 2 || random.chance(0.3) ? ` ${SPELLED_NL[Number(c)]} ` : c)).join('').replace(/\s+/g, ' ').trim();
    case 'spelled-en':
      return d.map((c, i) => (i < 2 || random.chance(0.3) ? ` ${SPELLED_EN[Number(c)]} ` : c)).join('').replace(/\s+/g, ' ').trim();
    case 'homoglyph':
      return `${national.slice(0, 2)} ${national.slice(2, 6)} ${national.slice(6)}`.replace(/0/g, 'O').replace(/1/g, 'l');
    case 'junk':
      return d.join(random.pick(['*', '~', '_', ' . ', '/']));
  }
};

export const toE164 = (national: string): string => `+31${national.slice(1)}`;
