/**
 * Minimal phone finder with de-obfuscation, used until src/modules/identifiers ships its
 * extract-identifiers.ts. Everything in the monitor that needs phones calls only `findPhones`, so
 * swapping the implementation is a one-file change.
 */
export type FoundPhone = {
  /** E.164, e.g. +31612345678. */
  e164: string;
  /** The text as de-obfuscated (spelled digits and look-alike letters turned into digits). */
  text: string;
  /** Written to evade a plain scraper: spelled digits, look-alike letters or junk separators. */
  obfuscated: boolean;
};

const SPELLED: Record<string, string> = {
  nul: '0', een: '1', één: '1', twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9',
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

const SPELLED_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(SPELLED).join('|')})(?![\\p{L}])`, 'giu');
// A token of digits mixed with look-alike letters (O for 0, l/I/| for 1), e.g. "O6" or "l234".
const LOOKALIKE_RE = /(?<![\p{L}\d])(?=[0-9oOlI|]*\d)[0-9oOlI|]{2,}(?![\p{L}\d])/gu;
// An all-look-alike token right after digits ("O6 l234 OOOO"): only there is "OOOO" a number.
const TRAILING_LOOKALIKE_RE = /(\d[\s.-]{1,3})([oOlI|]{2,})(?![\p{L}\d])/gu;
const RUN_RE = /\+?\d(?:[\s.\-*~_/()]{0,3}\d){8,15}/g;
const PLAIN_RE = /(?:\+31|0031|0)[\s.-]?[1-9](?:[\s.-]?\d){8}/g;
const NUMBER_RE = /(?:0031|31|0)([1-9]\d{8})/;

const toE164 = (digits: string): string | null => {
  const m = NUMBER_RE.exec(digits);

  return m ? `+31${m[1]}` : null;
};

const plainNumbers = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const m of text.matchAll(PLAIN_RE)) {
    const e164 = toE164(m[0].replace(/\D/g, ''));
    if (e164) out.add(e164);
  }

  return out;
};

export const findPhones = (text: string): FoundPhone[] => {
  const bounded = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const plain = plainNumbers(bounded);
  const spelled = bounded.replace(SPELLED_RE, (w) => SPELLED[w.toLowerCase()] ?? w);
  const unglyph = (w: string) => w.replace(/[oO]/g, '0').replace(/[lI|]/g, '1');
  let digits = spelled.replace(LOOKALIKE_RE, unglyph);
  for (let i = 0; i < 4 && TRAILING_LOOKALIKE_RE.test(digits); i++) {
    digits = digits.replace(TRAILING_LOOKALIKE_RE, (_m, lead: string, glyphs: string) => lead + unglyph(glyphs));
  }
  const found = new Map<string, FoundPhone>();
  for (const m of digits.matchAll(RUN_RE)) {
    const e164 = toE164(m[0].replace(/\D/g, ''));
    if (!e164 || found.has(e164)) continue;
    found.set(e164, { e164, text: m[0], obfuscated: !plain.has(e164) });
  }
  for (const e164 of plain) if (!found.has(e164)) found.set(e164, { e164, text: e164, obfuscated: false });

  return [...found.values()];
};
