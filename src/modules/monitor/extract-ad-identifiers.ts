import { extractIdentifiers } from '../identifiers/extract-identifiers.ts';
import type { IdentifierHit } from '../identifiers/identifier-kinds.ts';
import { type FoundPhone, findPhones } from './find-phones.ts';

export type AdIdentifiers = {
  /** Phones, de-obfuscated, each marked when it was written to evade scrapers. */
  phones: FoundPhone[];
  /** Every identifier the shared extractor finds (phones, e-mail, URLs, accounts …), for the index. */
  hits: IdentifierHit[];
};

/**
 * The identifiers of one ad: the shared extractor (src/modules/identifiers) for the index, plus the
 * monitor's own de-obfuscation for phone numbers written as words or look-alike letters, which ads
 * use far more than reports do. Phones found by either are kept once.
 */
export const extractAdIdentifiers = (text: string): AdIdentifiers => {
  const hits = extractIdentifiers(text);
  const phones = findPhones(text);
  const known = new Set(phones.map((p) => p.e164));
  for (const hit of hits) {
    if (hit.kind !== 'phone' || known.has(hit.key)) continue;
    known.add(hit.key);
    phones.push({ e164: hit.key, text: hit.raw, obfuscated: false });
  }

  return { phones, hits };
};
