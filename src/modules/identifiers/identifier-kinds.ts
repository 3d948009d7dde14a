/**
 * What the extractors find, and the bounds they keep. Positions are JavaScript string indices
 * (UTF-16 code units) into the ORIGINAL text, so a page can highlight `text.slice(start, end)`.
 */
export const IDENTIFIER_KINDS = ['phone', 'email', 'url', 'account', 'plate', 'iban'] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const isIdentifierKind = (value: unknown): value is IdentifierKind =>
  typeof value === 'string' && (IDENTIFIER_KINDS as readonly string[]).includes(value);

export type IdentifierHit = {
  kind: IdentifierKind;
  /** The normalised matching key: E.164 for phones, `platform:handle` for accounts, … */
  key: string;
  /** The text exactly as written, `text.slice(start, end)`. */
  raw: string;
  start: number;
  end: number;
};

/**
 * Only the first 200,000 UTF-16 code units (about 200 KB of Dutch text) of a text are scanned. That
 * keeps every extraction bounded in time, whatever a crawler or a form hands us; reports and ads are
 * far shorter. Longer texts should be split by the caller (one field or page at a time).
 */
export const MAX_SCAN_CHARS = 200_000;

/** The part of a text that is scanned; never cuts a surrogate pair in half. */
export const scanWindow = (text: string): string => {
  if (text.length <= MAX_SCAN_CHARS) return text;
  const last = text.charCodeAt(MAX_SCAN_CHARS - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? MAX_SCAN_CHARS - 1 : MAX_SCAN_CHARS;

  return text.slice(0, cut);
};

export const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Letters including accented Latin ones, so "één" or "café" count as words. */
export const isLetter = (code: number): boolean => isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
