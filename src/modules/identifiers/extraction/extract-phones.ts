import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type DigitGroup, type DigitRun, readDigitRuns } from './digit-tokens.ts';
import type { IdentifierHit } from '../identifier-kinds.ts';

/** Dutch numbers need 8 digits (0800-1234) at least; E.164 allows 15 after the country code. */
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

/**
 * A hostile text ("0 6 0 6 0 6 …" for 200 KB) could ask for many validations. After this many we
 * stop looking for phone numbers in that text; ordinary texts need a few per number.
 */
const MAX_VALIDATIONS = 20_000;

/**
 * Dates written with a 4-digit year ("12-05-2024", "1.2.2025") and clock times ("06:30", "08.00-23.00",
 * "21.30 uur") are not phone
 * numbers, but their digits could join a neighbouring number. They are blocked before reading runs.
 */
const DATE_OR_TIME =
  /(?<![\d.\-/])\d{1,2}([-./])\d{1,2}\1(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}:\d\d(?!\d)|(?<![\d.])\d{1,2}\.\d\d ?(?:[-–] ?\d{1,2}\.\d\d(?![\d.])|uur\b)/g;

type Candidate = { e164: string; start: number; end: number };

/** The string handed to libphonenumber, or null when these digits cannot start a number here. */
const dialString = (digits: string, international: boolean, singleGroup: boolean): string | null => {
  if (international) return digits.startsWith('0') ? null : `+${digits}`;
  if (digits.startsWith('00')) return digits.length > 2 && digits[2] !== '0' ? `+${digits.slice(2)}` : null;
  if (digits.startsWith('0')) return digits;
  // "31612345678" (as in wa.me links): a Dutch mobile number with the country code but no '+'.
  if (singleGroup && digits.length === 11 && digits.startsWith('316')) return `+${digits}`;

  return null;
};

/**
 * Finds phone numbers in the digit runs: from each group that can start a number, the longest
 * sequence of whole groups that libphonenumber (full metadata, region NL) calls valid. Numbers must
 * start and end on group borders, so "06123456789" (11 digits) is not read as a 10-digit number.
 */
const phonesInRun = (run: DigitRun, budget: { left: number }): Candidate[] => {
  const found: Candidate[] = [];
  const groups = run.groups;
  let g = 0;
  while (g < groups.length && budget.left > 0) {
    const first = groups[g] as DigitGroup;
    const international = g === 0 && run.plusAt !== null;
    if (first.optionalZero) {
      g += 1;
      continue;
    }
    let digits = '';
    let best: Candidate | null = null;
    let bestEnd = g;
    for (let e = g; e < groups.length; e += 1) {
      const group = groups[e] as DigitGroup;
      // After "+31" (or "0031") a "(0)" is the trunk zero people write out of habit: skip it.
      const isInternational = international || digits.startsWith('00');
      if (group.optionalZero && isInternational && e > g) continue;
      digits += group.digits;
      if (digits.length > MAX_DIGITS + 2) break;
      if (digits.length < MIN_DIGITS || group.optionalZero) continue;
      const dial = dialString(digits, international, e === g);
      if (!dial) {
        if (e === g) break;
        continue;
      }
      budget.left -= 1;
      const parsed = parsePhoneNumberFromString(dial, 'NL');
      if (parsed?.isValid()) {
        best = { e164: parsed.number, start: international && run.plusAt !== null ? run.plusAt : first.start, end: group.end };
        bestEnd = e;
      }
      if (budget.left <= 0) break;
    }
    if (best) {
      found.push(best);
      g = bestEnd + 1;
    } else {
      g += 1;
    }
  }

  return found;
};

/** Phone numbers as E.164 keys, with their place in the original text. */
export const extractPhones = (text: string, blockedRanges: ReadonlyArray<{ start: number; end: number }> = []): IdentifierHit[] => {
  const blocked = new Uint8Array(text.length);
  for (const r of blockedRanges) blocked.fill(1, r.start, r.end);
  for (const m of text.matchAll(DATE_OR_TIME)) blocked.fill(1, m.index, m.index + m[0].length);
  const runs = readDigitRuns(text, (i) => blocked[i] === 1);
  const budget = { left: MAX_VALIDATIONS };
  const hits: IdentifierHit[] = [];
  for (const run of runs) {
    if (budget.left <= 0) break;
    for (const c of phonesInRun(run, budget)) {
      hits.push({ kind: 'phone', key: c.e164, raw: text.slice(c.start, c.end), start: c.start, end: c.end });
    }
  }

  return hits;
};
