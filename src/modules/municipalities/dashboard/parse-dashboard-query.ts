import { isMunicipalityCode } from '../../../app/cbs-municipalities.ts';
import { type Problem, problem } from '../../../app/result.ts';

export const MAX_MONTHS = 36;

/** This month in Amsterdam, as YYYY-MM. */
export const currentMonth = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);

export type DashboardQuery = { from: string; to: string; municipality: string | null; region: string | null };

const MONTH = /^(\d{4})-(\d{2})$/;

export const monthIndex = (ym: string): number => {
  const m = MONTH.exec(ym);

  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : Number.NaN;
};

export const monthOfIndex = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOfIndex(i));

  return out;
};

const validMonth = (v: string) => MONTH.test(v) && Number(v.slice(5)) >= 1 && Number(v.slice(5)) <= 12 && Number(v.slice(0, 4)) >= 2000;

/**
 * The dashboard's filter from the query string: period van..tot (YYYY-MM, at most 36 months, not in
 * the future), one municipality (CBS code) or a region. Never throws; problems are in plain Dutch.
 */
export const parseDashboardQuery = (
  query: Record<string, unknown>,
  now: { month: string },
  regions: readonly string[],
): { values: Record<string, string>; query: DashboardQuery; problems: Problem[] } => {
  const str = (k: string) => {
    const v = query[k];
    return typeof v === 'string' ? v.trim().slice(0, 120) : '';
  };
  const values = { van: str('van'), tot: str('tot'), gemeente: str('gemeente'), regio: str('regio') };
  const problems: Problem[] = [];
  const to = values.tot || now.month;
  const defaultFrom = monthOfIndex(monthIndex(to) - 11);
  const from = values.van || (validMonth(to) ? defaultFrom : monthOfIndex(monthIndex(now.month) - 11));
  const fallback: DashboardQuery = { from: monthOfIndex(monthIndex(now.month) - 11), to: now.month, municipality: null, region: null };
  if (!validMonth(from)) problems.push(problem('bad_month', { nl: 'Schrijf de beginmaand als jjjj-mm, bijvoorbeeld 2026-01.', en: 'Write the first month as yyyy-mm, for example 2026-01.' }, 'van'));
  if (!validMonth(to)) problems.push(problem('bad_month', { nl: 'Schrijf de eindmaand als jjjj-mm, bijvoorbeeld 2026-12.', en: 'Write the last month as yyyy-mm, for example 2026-12.' }, 'tot'));
  if (problems.length === 0) {
    if (monthIndex(from) > monthIndex(to)) problems.push(problem('bad_range', { nl: 'De beginmaand ligt na de eindmaand. Draai ze om.', en: 'The first month is after the last month. Swap them.' }, 'van'));
    else if (monthIndex(to) > monthIndex(now.month)) problems.push(problem('future', { nl: 'De eindmaand ligt in de toekomst. Kies deze maand of eerder.', en: 'The last month is in the future. Choose this month or earlier.' }, 'tot'));
    else if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS) problems.push(problem('too_long', { nl: `Kies een periode van ten hoogste ${MAX_MONTHS} maanden.`, en: `Choose a period of at most ${MAX_MONTHS} months.` }, 'van'));
  }
  if (values.gemeente && !isMunicipalityCode(values.gemeente)) {
    problems.push(problem('bad_code', { nl: 'Deze gemeente kennen wij niet. Kies een gemeente uit de lijst.', en: 'We do not know this municipality. Choose one from the list.' }, 'gemeente'));
  }
  if (values.regio && !regions.includes(values.regio)) {
    problems.push(problem('bad_region', { nl: 'Deze regio kennen wij niet. Kies een regio uit de lijst.', en: 'We do not know this region. Choose one from the list.' }, 'regio'));
  }
  if (values.gemeente && values.regio && problems.length === 0) {
    problems.push(problem('both', { nl: 'Kies een gemeente óf een regio, niet allebei.', en: 'Choose a municipality or a region, not both.' }, 'gemeente'));
  }
  if (problems.length > 0) return { values, query: fallback, problems };

  return { values, query: { from, to, municipality: values.gemeente || null, region: values.regio || null }, problems };
};
