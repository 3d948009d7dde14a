import type { IdentifierHit } from '../identifier-kinds.ts';

/**
 * Bank account numbers (IBAN), with or without spaces, in upper or lower case. A candidate must have
 * the length its country uses and pass the ISO 13616 mod-97 check, so typos and random codes fall out.
 * The key is the compact upper-case form: "NL91ABNA0417164300".
 */
const LENGTHS: Record<string, number> = {
  NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, LU: 20, ES: 24, IT: 27, PT: 25, AT: 20, CH: 21, IE: 22, PL: 28, RO: 24,
  BG: 22, HU: 28, CZ: 24, SK: 24, DK: 18, SE: 24, NO: 15, FI: 18, LT: 20, LV: 21, EE: 20, GR: 27, HR: 21, SI: 19,
  TR: 26, MA: 28, SR: 0,
};

/** Country, check digits, then up to 30 letters or digits, single spaces allowed between them. */
const CANDIDATE = /(?<![\p{L}\p{N}])([A-Za-z]{2})(\d{2})((?: ?[A-Za-z0-9]){10,30})/gu;

export const mod97 = (iban: string): number => {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }

  return rest;
};

export const extractIbans = (text: string): IdentifierHit[] => {
  const hits: IdentifierHit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const country = (m[1] as string).toUpperCase();
    const length = LENGTHS[country];
    if (!length) continue;
    // Walk the match, counting letters and digits, to find where this country's IBAN ends.
    let count = 0;
    let end = m.index;
    while (end < m.index + m[0].length && count < length) {
      if (text[end] !== ' ') count += 1;
      end += 1;
    }
    if (count !== length) continue;
    const next = text.charCodeAt(end);
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '') && next !== 0x20) continue;
    const raw = text.slice(m.index, end);
    const key = raw.replace(/ /g, '').toUpperCase();
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(key) || mod97(key) !== 1) continue;
    hits.push({ kind: 'iban', key, raw, start: m.index, end });
  }

  return hits;
};
