import { MASKED_NAMES, MASKED_PLACES } from './names-and-places.ts';

/** Masks that stand for a varying slot. */
export const MASK = { number: '⟨nr⟩', name: '⟨naam⟩', place: '⟨plaats⟩' } as const;

export type AdTokens = {
  /** Normalised tokens used for shingling and alignment. */
  masked: string[];
  /** The original text of each masked token (for showing the template and its slots). */
  raw: string[];
};

const SPELLED_DIGITS = new Set([
  'nul', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
]);

const LETTERS_ONLY = /[^\p{L}]+/gu;
const HAS_DIGIT = /\d/;
// Look-alike digits ("O6", "l234", "OOOO") as written in an obfuscated phone number.
const LOOKALIKE = /^[0-9oOlI|]{2,}$/;

/**
 * Splits an ad into tokens and masks what varies between copies of one template: numbers and phone
 * numbers (also spelled or with look-alike letters), names and places from a list, emoji and
 * punctuation (dropped). Runs of number masks collapse into one, so "06 12 34 56 78" and
 * "0612345678" give the same token.
 */
export const tokeniseAd = (text: string): AdTokens => {
  const masked: string[] = [];
  const raw: string[] = [];
  const parts = text.slice(0, 20_000).split(/\s+/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part === '') continue;
    let token: string;
    if (HAS_DIGIT.test(part) || (LOOKALIKE.test(part) && /[OIl|]/.test(part) && !/[a-z]{2}/.test(part))) {
      token = MASK.number;
    } else {
      const word = part.toLowerCase().replace(LETTERS_ONLY, '');
      if (word === '') continue;
      if (SPELLED_DIGITS.has(word)) token = MASK.number;
      else if (MASKED_NAMES.has(word)) token = MASK.name;
      else if (MASKED_PLACES.has(word)) token = MASK.place;
      else token = word;
    }
    if (token === MASK.number && masked[masked.length - 1] === MASK.number) {
      raw[raw.length - 1] += ` ${part}`;
      continue;
    }
    masked.push(token);
    raw.push(part);
  }

  return { masked, raw };
};
