/**
 * Texts live next to the pages that use them, as a catalog with a Dutch source and an English
 * translation of the same shape. `catalog` makes the compiler check that both have every key.
 */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : Shape<T[K]> };

export type Catalog<T> = { nl: T; en: Shape<T> };

export const catalog = <T>(c: Catalog<T>): Catalog<T> => c;

export const pick = <T>(c: Catalog<T>, lang: Lang): T => (lang === 'en' ? (c.en as T) : c.nl);

export const isLang = (value: unknown): value is Lang => value === 'nl' || value === 'en';

const dateFormat = { nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }), en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }) };

export const formatDateTime = (lang: Lang, date: Date | string | null | undefined): string => {
  if (!date) return '';
  const d = typeof date === 'string' ? new Date(date) : date;

  return dateFormat[lang].format(d);
};
