import type { Lang } from '../../../web/i18n.ts';

const formats = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A calendar day (yyyy-mm-dd) in words ("8 december 2026"), with the machine date beside it. */
export const Day = ({ lang, day }: { lang: Lang; day: string }) => <time datetime={day}>{dayText(lang, day)}</time>;

export const dayText = (lang: Lang, day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : formats[lang].format(d);
};
