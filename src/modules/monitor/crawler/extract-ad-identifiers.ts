import { extractIdentifiers, type IdentifierHit, isObfuscatedPhone } from '../../identifiers/index.ts';
import { findInterruptedPhones } from './interrupted-phones.ts';

export type FoundPhone = {
  /** E.164, e.g. +31612345678. */
  e164: string;
  /** The number as written in the ad. */
  text: string;
  /** Written to evade a plain scraper (number words, look-alike letters, junk separators) every time it appears. */
  obfuscated: boolean;
};

export type AdIdentifiers = {
  /** Phones, de-obfuscated, each marked when it was written to evade scrapers. */
  phones: FoundPhone[];
  /** Every identifier the shared extractor finds (phones, e-mail, URLs, accounts …), for the index. */
  hits: IdentifierHit[];
  /** The shared extractor's own hits (without the interrupted numbers): what the identifier index records of this text. */
  indexHits: IdentifierHit[];
};

/**
 * One entry per number. A number the ad also writes plainly is not "obscured": the obscured-phone
 * indicator is about an ad that hides its number, not one that decorates it once.
 */
const phonesOf = (hits: IdentifierHit[]): FoundPhone[] => {
  const found = new Map<string, FoundPhone>();
  for (const hit of hits) {
    if (hit.kind !== 'phone') continue;
    // Two or more dots in a row ("06 12 34 .. 56 78") are not how anyone writes a number out of habit.
    const obfuscated = isObfuscatedPhone(hit.raw) || /\.{2,}|…/.test(hit.raw);
    const seen = found.get(hit.key);
    if (!seen) found.set(hit.key, { e164: hit.key, text: hit.raw, obfuscated });
    else if (seen.obfuscated && !obfuscated) found.set(hit.key, { ...seen, obfuscated: false });
  }
  return [...found.values()];
};

/**
 * The identifiers of one ad, all from the shared extractor (src/modules/identifiers), which reads
 * number words, look-alike letters and junk separators itself; `isObfuscatedPhone` says which phones
 * were written to evade scrapers.
 */
export const extractAdIdentifiers = (text: string): AdIdentifiers => {
  const plain = extractIdentifiers(text);
  // Numbers interrupted by a word or two ("06 graag - 1224 - 7695"): found on a copy without those words.
  const hits = [...plain, ...findInterruptedPhones(text, plain)];
  return { phones: phonesOf(hits), hits, indexHits: plain };
};

/** Only the phones of an ad (scoring at regrouping), found exactly as when the ad was stored. */
export const findAdPhones = (text: string): FoundPhone[] => extractAdIdentifiers(text).phones;
