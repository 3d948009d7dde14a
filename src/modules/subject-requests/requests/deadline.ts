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

/** The same day `months` calendar months later, or the last day of that month when it is shorter. */
export const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const at = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));

  return at.toISOString().slice(0, 10);
};

export const deadlineFor = (receivedOn: string): string => addMonths(receivedOn, 1);

/**
 * The deadline after the extension "by two further months" (art. 12(3)): two months after the
 * one-month deadline. Counting from the deadline, not from the day received, never gives a later
 * day (31 January → 28 February → 28 April), so the extended deadline is the safe one.
 */
export const extendedDeadlineFor = (deadlineOn: string): string => addMonths(deadlineOn, 2);

/** The deadline in force: the extended one when the request was extended. */
export const deadlineInForce = (r: { deadlineOn: string; extendedDeadlineOn: string | null }): string => r.extendedDeadlineOn ?? r.deadlineOn;

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Amsterdam, as YYYY-MM-DD. */
export const dayOf = (now: Date): string => amsterdamDay.format(now);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` lies before `from`. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** How many days are left until the deadline (0 = today is the last day; negative = late). */
export const daysLeft = (deadlineOn: string, now: Date): number => daysBetween(dayOf(now), deadlineOn);
