/**
 * Where the app reads the time. Production uses the system clock; tests hand a clock of their own to
 * createContext (see test/support/clock.ts) so that what they expect does not depend on the calendar
 * date, the weekday or the hour on which they happen to run.
 */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };
