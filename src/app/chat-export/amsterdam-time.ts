/**
 * A wall-clock time in Amsterdam (what a phone in the Netherlands writes in a chat export) as a UTC
 * instant. In the autumn hour that happens twice the first one is taken; a time in the skipped spring
 * hour is moved one hour on (it cannot have been shown by a phone).
 */
// One formatter for all calls: building an Intl.DateTimeFormat costs far more than using one.
const AMSTERDAM = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

const parts = (at: Date) => {
  const p = Object.fromEntries(AMSTERDAM.formatToParts(at).map((x) => [x.type, x.value]));

  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
};

export const amsterdamToUtc = (y: number, mo: number, d: number, h: number, mi: number, s: number): Date | null => {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  for (const offsetHours of [2, 1]) {
    const guess = new Date(wall - offsetHours * 3_600_000);
    if (parts(guess) === wall) return guess;
  }

  return new Date(wall - 3_600_000);
};
