import { type FilterValues, filterQuery, TEXT_LIMIT } from '../log-pages/parse-log-filter.ts';
import { TextField, type FieldErrors } from '../../../web/components/form.tsx';
import { type Lang, pick } from '../../../web/i18n.ts';
import { logText } from '../texts.ts';

// Pieces both log pages share: the date fields, the pagination and the time format.

const timeFormat = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'medium' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'medium' }),
};

/** A log time with seconds, in Amsterdam time, and the exact UTC moment for machines. */
export const LogTime = ({ lang, at }: { lang: Lang; at: Date }) => <time datetime={at.toISOString()}>{timeFormat[lang].format(at)}</time>;

export const DateFields = ({ lang, values, errors }: { lang: Lang; values: FilterValues; errors: FieldErrors }) => {
  const t = pick(logText, lang);

  return (
    <>
      <TextField name="van" type="date" label={t.from} hint={t.dateHint} value={values.van} error={errors.van} maxlength={TEXT_LIMIT} />
      <TextField name="tot" type="date" label={t.until} hint={t.dateHint} value={values.tot} error={errors.tot} maxlength={TEXT_LIMIT} />
    </>
  );
};

/** Previous/next links that keep every filter. */
export const Pagination = ({ lang, base, values, page, hasNext }: { lang: Lang; base: string; values: FilterValues; page: number; hasNext: boolean }) => {
  const t = pick(logText, lang);
  if (page <= 1 && !hasNext) return null;

  return (
    <nav class="vn-pagination" aria-label={t.pagination}>
      <ul class="vn-filters">
        {page > 1 ? (
          <li>
            <a class="utrecht-link" rel="prev" href={`${base}${filterQuery(values, { pagina: String(page - 1) })}`}>
              {t.previous}
            </a>
          </li>
        ) : null}
        {hasNext ? (
          <li>
            <a class="utrecht-link" rel="next" href={`${base}${filterQuery(values, { pagina: String(page + 1) })}`}>
              {t.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
};

/** Details as compact JSON, cut off so one odd event cannot blow up the page. */
export const detailsText = (details: Record<string, unknown>): string => {
  const text = JSON.stringify(details);
  if (text === '{}') return '';

  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};
