import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { IdentifierKind } from '../identifier-kinds.ts';

/**
 * How an identifier is shown on its own page: a tidy form made from the key, never the text of one
 * source ("O6-l2345678" from a report), so the page reveals nothing about a source the viewer may not open.
 */
export const displayIdentifier = (kind: IdentifierKind | string, key: string): string => {
  if (kind === 'phone') {
    const parsed = parsePhoneNumberFromString(key);
    if (!parsed) return key;
    return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
  }
  if (kind === 'iban') return key.replace(/(.{4})(?=.)/g, '$1 ');

  return key;
};
