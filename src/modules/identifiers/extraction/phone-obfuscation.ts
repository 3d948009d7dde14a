/**
 * Whether a phone number was written to slip past filters and scrapers, judged from the raw text of
 * a phone hit (`extractIdentifiers`). The monitor shows such numbers as an indicator: an ad that hides
 * its number has a reason to. Ordinary ways of writing a number are not evasion: "06-12345678",
 * "06 12 34 56 78", "06.12.34.56.78", "06/12345678", "+31 (0)6 1234 5678".
 *
 * Evasion is: any character outside digits and those separators (number words "nul zes", look-alike
 * letters "O6 l234", emoji, keycaps, full-width or mathematical digits, "*", "~", "_"), or digits
 * written one by one ("0 6 1 2 3 4 5 6 7 8", "0/6/1/2/…").
 */

/** Digits and the separators people use for numbers out of habit. */
const ORDINARY = /^[0-9 \u00a0+\-./()]*$/;

/** A number whose digits mostly stand alone: at least this many one-digit groups. */
const MIN_SINGLE_DIGIT_GROUPS = 6;

/** A WhatsApp link ("wa.me/31612345678") found as a phone number is a link, not a hidden number. */
const WHATSAPP_LINK = /(?:^|[/.])(?:wa\.me|whatsapp\.com)\//i;

export const isObfuscatedPhone = (raw: string): boolean => {
  if (WHATSAPP_LINK.test(raw)) return false;
  if (!ORDINARY.test(raw)) return true;
  let singles = 0;
  for (const group of raw.split(/[^0-9]+/)) if (group.length === 1) singles += 1;

  return singles >= MIN_SINGLE_DIGIT_GROUPS;
};
