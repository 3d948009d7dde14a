import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { extractAccounts, whatsAppNumbers } from './extract-accounts.ts';
import { extractEmails } from './extract-emails.ts';
import { extractIbans } from './extract-ibans.ts';
import { extractPhones } from './extract-phones.ts';
import { extractPlates } from './extract-plates.ts';
import { extractUrls } from './extract-urls.ts';
import { type IdentifierHit, scanWindow } from '../identifier-kinds.ts';

/**
 * Every identifier in a text, in order of position. Only the first MAX_SCAN_CHARS characters are read
 * (see identifier-kinds.ts). The same identifier written twice gives two hits (two positions).
 */
export const extractIdentifiers = (input: string): IdentifierHit[] => {
  const text = scanWindow(input);
  const emails = extractEmails(text);
  const ibans = extractIbans(text);
  const urls = extractUrls(text, emails);
  const accounts = extractAccounts(text, urls, emails);
  // IBAN digits are never phone numbers; e-mail addresses may hold digits ("lisa0612@…") that are not.
  const phones = extractPhones(text, [...ibans, ...emails]);
  for (const { url, digits } of whatsAppNumbers(urls)) {
    const parsed = parsePhoneNumberFromString(`+${digits}`);
    if (!parsed?.isValid()) continue;
    if (phones.some((p) => p.key === parsed.number && p.start >= url.start && p.end <= url.end)) continue;
    phones.push({ kind: 'phone', key: parsed.number, raw: url.raw, start: url.start, end: url.end });
  }
  const plates = extractPlates(text);
  // A plain domain that is the handle of a named account ("insta: luna.nl") is not also a URL.
  const keptUrls = urls.filter((u) => !u.bare || !accounts.some((a) => a.start < u.end && u.start < a.end));
  const all: IdentifierHit[] = [...phones, ...emails, ...keptUrls.map(({ parsed: _p, bare: _b, ...hit }) => hit), ...accounts, ...plates, ...ibans];

  return all.sort((a, b) => a.start - b.start || a.end - b.end);
};
