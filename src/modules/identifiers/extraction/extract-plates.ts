import type { IdentifierHit } from '../identifier-kinds.ts';

/**
 * Dutch licence plates ("kentekens") by sidecode: six characters in three groups of letters (X) and
 * digits (9). Written with dashes ("GB-123-X") they are recognised anywhere; written as one word
 * ("GB123X") or with spaces only after a word such as "kenteken", because six characters of letters
 * and digits are too common otherwise. The key is upper-case without dashes: "GB123X".
 */
const SIDECODES = new Set([
  'XX-99-99', '99-99-XX', '99-XX-99', 'XX-99-XX', 'XX-XX-99', '99-XX-XX', '99-XXX-9', '9-XXX-99', 'XX-999-X',
  'X-999-XX', 'XXX-99-X', 'X-99-XXX', '9-XX-999', '999-XX-9',
]);

/** Letters never used on Dutch plates: C and Q (confusable), and none of the vowels since 1978's sidecode 4 … but older plates still drive, so only C and Q are refused. */
const PLATE_LETTER = /^[ABD-PR-Z]+$/;

const DASHED = /(?<![\p{L}\p{N}-])([A-Za-z]{1,3}|\d{1,3})-([A-Za-z]{2,3}|\d{2,3})-([A-Za-z]{1,3}|\d{1,3})(?![\p{L}\p{N}-])/gu;
const AFTER_WORD =
  /(?<![\p{L}])(?:kenteken|kentekenplaat|nummerbord|nummerplaat|auto|wagen|busje|kent\.)(?:nummer)?:? ?(?:is |was |met |van )?([A-Za-z0-9]{6}|[A-Za-z0-9]{1,3}[ -][A-Za-z0-9]{1,3}[ -][A-Za-z0-9]{1,3})(?![\p{L}\p{N}])/giu;

const shape = (s: string): string => s.replace(/[A-Z]/g, 'X').replace(/\d/g, '9');

/** Written without dashes, "XX9999" could only be sidecode 1; the shape without dashes is enough. */
const COMPACT_SHAPES = new Set([...SIDECODES].map((c) => c.replaceAll('-', '')));

const plateKey = (written: string): string | null => {
  const upper = written.toUpperCase();
  const compact = upper.replace(/[ -]/g, '');
  if (compact.length !== 6) return null;
  const separated = upper.split(/[ -]/);
  const fits = separated.length === 3 ? SIDECODES.has(separated.map(shape).join('-')) : separated.length === 1 && COMPACT_SHAPES.has(shape(compact));
  if (!fits) return null;
  const letters = compact.replace(/\d/g, '');
  if (letters && !PLATE_LETTER.test(letters)) return null;

  return compact;
};

export const extractPlates = (text: string): IdentifierHit[] => {
  const hits: IdentifierHit[] = [];
  for (const m of text.matchAll(DASHED)) {
    const key = plateKey(m[0]);
    if (key) hits.push({ kind: 'plate', key, raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(AFTER_WORD)) {
    const written = m[1] as string;
    const start = m.index + m[0].length - written.length;
    if (hits.some((h) => h.start === start)) continue;
    const key = plateKey(written);
    if (key) hits.push({ kind: 'plate', key, raw: written, start, end: start + written.length });
  }

  return hits;
};
