/** When a demo report or message was written: a day and a time of day in Amsterdam, or minutes ago. */
export type DemoWhen = { daysAgo: number; time: `${number}:${number}` } | { minutesAgo: number };

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Amsterdam wall-clock parts of a moment. */
const wallClock = (at: Date) => {
  const parts = Object.fromEntries(AMSTERDAM.formatToParts(at).map((p) => [p.type, Number(p.value)]));

  return { y: parts.year ?? 0, m: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, min: parts.minute ?? 0 };
};

/**
 * The moment of `when`, counted back from `now` (the injected clock, so the demo is the same story
 * whenever it runs, also with the clock a year ahead). A time of day that has not come yet today is
 * moved to a few minutes ago, so nothing is in the future.
 */
export const demoTime = (now: Date, when: DemoWhen): Date => {
  if ('minutesAgo' in when) return new Date(now.getTime() - when.minutesAgo * 60_000);
  const [hour, minute] = when.time.split(':').map(Number) as [number, number];
  const today = wallClock(now);
  // The wall-clock time as if it were UTC, then corrected by Amsterdam's offset on that day (CET or CEST).
  const guess = Date.UTC(today.y, today.m - 1, today.d - when.daysAgo, hour, minute);
  const seen = wallClock(new Date(guess));
  const offset = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.min) - guess;
  const at = new Date(guess - offset);

  return at.getTime() < now.getTime() ? at : new Date(now.getTime() - 5 * 60_000);
};
