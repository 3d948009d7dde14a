/**
 * Working days in the Netherlands: Monday to Friday, without the public holidays. Computed per year
 * (Easter by the Gregorian computus), so no list of years runs out.
 *
 * The days are those of the Algemene termijnenwet (art. 3), which sets legal deadlines, plus Goede
 * Vrijdag, on which most chain organisations (and their CAOs) are closed. Choice on Bevrijdingsdag:
 * **every year**, as the Algemene termijnenwet counts 5 May every year — many CAOs give it only once
 * in five years, but a partner's answer day should never fall on a day its office may be closed.
 * Koningsdag is 27 April, or 26 April when the 27th is a Sunday (the rule since 2014; older years
 * are never needed: no referral predates the platform).
 */

/** Easter Sunday (yyyy-mm-dd) of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;

  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return isoDay(at.getTime());
};

export type HolidayName =
  | 'nieuwjaarsdag'
  | 'goede_vrijdag'
  | 'eerste_paasdag'
  | 'tweede_paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'eerste_pinksterdag'
  | 'tweede_pinksterdag'
  | 'eerste_kerstdag'
  | 'tweede_kerstdag';

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const plusDays = (day: string, n: number): string => isoDay(dayMs(day) + n * DAY_MS);
const weekday = (day: string): number => new Date(dayMs(day)).getUTCDay();

const cache = new Map<number, ReadonlyMap<string, HolidayName>>();

/**
 * The public holidays of one year, day → name. Two can fall on one day (Hemelvaart on 5 May, as in
 * 2016); the day is then one holiday with the first name below.
 */
export const dutchPublicHolidays = (year: number): ReadonlyMap<string, HolidayName> => {
  const known = cache.get(year);
  if (known) return known;
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const kingsDay = weekday(`${y}-04-27`) === 0 ? `${y}-04-26` : `${y}-04-27`;
  const list: [string, HolidayName][] = [
    [`${y}-01-01`, 'nieuwjaarsdag'],
    [plusDays(easter, -2), 'goede_vrijdag'],
    [easter, 'eerste_paasdag'],
    [plusDays(easter, 1), 'tweede_paasdag'],
    [kingsDay, 'koningsdag'],
    [`${y}-05-05`, 'bevrijdingsdag'],
    [plusDays(easter, 39), 'hemelvaartsdag'],
    [plusDays(easter, 49), 'eerste_pinksterdag'],
    [plusDays(easter, 50), 'tweede_pinksterdag'],
    [`${y}-12-25`, 'eerste_kerstdag'],
    [`${y}-12-26`, 'tweede_kerstdag'],
  ];
  const days = new Map<string, HolidayName>();
  for (const [day, name] of list) if (!days.has(day)) days.set(day, name);
  cache.set(year, days);

  return days;
};

/** The holiday on a day (yyyy-mm-dd), if any. */
export const holidayOn = (day: string): HolidayName | null => dutchPublicHolidays(Number(day.slice(0, 4))).get(day) ?? null;

/** Monday to Friday and not a public holiday. */
export const isWorkingDay = (day: string): boolean => {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && holidayOn(day) === null;
};

/** day + n working days: the n-th working day after `day` (the day itself never counts). */
export const addWorkingDays = (day: string, n: number): string => {
  let at = day;
  let left = n;
  while (left > 0) {
    at = plusDays(at, 1);
    if (isWorkingDay(at)) left -= 1;
  }

  return at;
};
