import { asForm, field } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { logText } from '../texts.ts';

/** What the filter form sent, as typed (so the form can show it again). */
export type FilterValues = Record<string, string>;

export type ParsedFilter = {
  values: FilterValues;
  from?: Date;
  until?: Date;
  texts: Record<string, string | undefined>;
  page: number;
  errors: Record<string, string | undefined>;
  ok: boolean;
};

export const TEXT_LIMIT = 200;
export const MAX_PAGE = 10_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The offset of Amsterdam time from UTC (in ms) at a moment: +1 h in winter, +2 h in summer. */
const amsterdamOffset = (at: Date): number => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);

  return (m[1] === '-' ? -1 : 1) * minutes * 60_000;
};

/**
 * Midnight at the start of a calendar day in Amsterdam, as a UTC moment. Dates the staff type are
 * Dutch days, not UTC days. Null for anything that is not a real date between 2000 and 2199.
 */
export const amsterdamDayStart = (value: string): Date | null => {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2199 || mo < 1 || mo > 12 || d < 1) return null;
  const utcMidnight = Date.UTC(y, mo - 1, d);
  if (new Date(utcMidnight).getUTCDate() !== d) return null; // 31 February and friends
  // DST switches happen at night, never near midnight, so the offset at noon is the offset at 00:00.
  const offset = amsterdamOffset(new Date(utcMidnight + 12 * 3600_000));

  return new Date(utcMidnight - offset);
};

/** The calendar day after a valid yyyy-mm-dd, as yyyy-mm-dd. */
const nextDay = (value: string): string => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];

  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/**
 * Reads the GET filter form of a log page without ever throwing: dates (`van`, `tot`, inclusive),
 * free-text fields (each at most 200 characters), and `pagina`. Bad values give a Dutch (or English)
 * message per field.
 */
export const parseLogFilter = (query: unknown, lang: Lang, textFields: readonly string[]): ParsedFilter => {
  const t = pick(logText, lang);
  const q = asForm(query);
  const values: FilterValues = {};
  const errors: Record<string, string | undefined> = {};
  const texts: Record<string, string | undefined> = {};

  for (const name of ['van', 'tot', 'pagina', ...textFields]) {
    // Keep a bounded copy of what was typed: enough to show it again, never megabytes.
    values[name] = field(q, name).slice(0, TEXT_LIMIT + 1);
  }
  for (const name of textFields) {
    const value = values[name] ?? '';
    if (value.length > TEXT_LIMIT) errors[name] = t.tooLong(TEXT_LIMIT);
    else if (value) texts[name] = value;
  }

  let from: Date | undefined;
  let until: Date | undefined;
  const van = values.van ?? '';
  const tot = values.tot ?? '';
  if (van) {
    const d = amsterdamDayStart(van);
    if (d) from = d;
    else errors.van = t.badDate;
  }
  if (tot) {
    // "tot en met": the whole last day counts, so the filter ends at the next day's midnight.
    const d = amsterdamDayStart(tot) ? amsterdamDayStart(nextDay(tot)) : null;
    if (d) until = d;
    else errors.tot = t.badDate;
  }
  if (from && until && from >= until) errors.tot = t.toBeforeFrom;

  let page = 1;
  const pagina = values.pagina ?? '';
  if (pagina) {
    const n = /^\d{1,6}$/.test(pagina) ? Number(pagina) : Number.NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) page = n;
    else errors.pagina = t.badPage(MAX_PAGE);
  }

  return { values, from, until, texts, page, errors, ok: Object.values(errors).every((e) => !e) };
};

/** The query string of a filter, for pagination links and "who read this" links. */
export const filterQuery = (values: FilterValues, overrides: FilterValues = {}): string => {
  const params = new URLSearchParams();
  const { pagina, ...rest } = { ...values, ...overrides };
  // The page number last, so links read as "this filter, page N".
  for (const [k, v] of Object.entries({ ...rest, pagina })) {
    if (v) params.set(k, v);
  }
  const s = params.toString();

  return s ? `?${s}` : '';
};
