import type { View } from '../../../app/view.ts';

/** A number as the reader writes it: Dutch with a decimal comma (5,75), English with a point. */
export const decimal = (lang: View['lang'], n: number, digits?: number): string => {
  const s = digits === undefined ? String(n) : n.toFixed(digits);

  return lang === 'nl' ? s.replace('.', ',') : s;
};
