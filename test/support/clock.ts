import type { Clock } from '../../src/app/clock.ts';

/** A clock a test sets and moves by hand. Starts at `start` and stands still until moved. */
export type TestClock = Clock & { set: (at: Date | string) => void; advance: (ms: number) => void };

export const testClock = (start: Date | string): TestClock => {
  let at = new Date(start).getTime();

  return {
    now: () => new Date(at),
    set: (next) => {
      at = new Date(next).getTime();
    },
    advance: (ms) => {
      at += ms;
    },
  };
};
