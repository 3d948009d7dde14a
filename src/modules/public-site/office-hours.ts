/** The meldpunt is staffed Monday to Friday, 09:00–17:00 Dutch time (seed 000). */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});

export const isOfficeOpen = (now: Date): boolean => {
  const p = parts.formatToParts(now);
  const weekday = p.find((x) => x.type === 'weekday')?.value ?? '';
  const hour = Number(p.find((x) => x.type === 'hour')?.value ?? '0');
  if (weekday === 'Sat' || weekday === 'Sun') return false;

  return hour >= 9 && hour < 17;
};
