/**
 * Hostile text made visible (issue 12 point 9). Reporter text, file names and ad text can carry
 * characters that a browser applies instead of showing: bidi overrides (U+202E turns
 * "gpj.exe" into "exe.jpg"), zero-width spaces that split a phone number so a search misses it,
 * control characters. Pages show each of them as a visible mark such as ⟨U+202E⟩, never apply it.
 * Line breaks and tabs stay; so do the joiners (U+200C, U+200D) that emoji and some scripts need.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/gu;
const KEEP = new Set(['\n', '\r', '\t', '\u200C', '\u200D']);

export const codePointLabel = (char: string): string => `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** The text with every invisible control or format character replaced by its visible label. */
export const visibleText = (text: string | null | undefined): string =>
  (text ?? '').replace(INVISIBLE, (char) => (KEEP.has(char) ? char : codePointLabel(char)));

/** True when the text holds a character that visibleText would mark. */
export const hasInvisible = (text: string): boolean => visibleText(text) !== text;
