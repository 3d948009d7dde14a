/**
 * The legal deadline: one month after the request came in (AVG art. 12(3)). "One month" is a
 * calendar month; when that day does not exist (31 January) it is the month's last day (28/29 Feb).
 * Days are YYYY-MM-DD in Amsterdam time, so the countdown turns over at local midnight.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD, or null. */
export const parseDay = (value: string): string | null => {
  const m = DAY.exec(value.trim());
  if (!m) return null;
  const at = new Date(`${m[0]}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== m[0]) return null;

  return m[0];
};

export const deadlineFor = (receivedOn: string): string => {
  const [y, m, d] = receivedOn.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const at = new Date(Date.UTC(y, m, Math.min(d, lastDay)));

  return at.toISOString().slice(0, 10);
};

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Amsterdam, as YYYY-MM-DD. */
export const dayOf = (now: Date): string => amsterdamDay.format(now);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` lies before `from`. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** How many days are left until the deadline (0 = today is the last day; negative = late). */
export const daysLeft = (deadlineOn: string, now: Date): number => daysBetween(dayOf(now), deadlineOn);
