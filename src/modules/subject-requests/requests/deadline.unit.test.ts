import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, daysBetween, daysLeft, deadlineFor, deadlineInForce, extendedDeadlineFor, parseDay } from './deadline.ts';

/** The one-month deadline (AVG art. 12(3)) and its countdown, from a given clock. */
describe('deadlineFor', () => {
  it('is the same day next month, or the last day of a shorter month', () => {
    expect(deadlineFor('2031-03-09')).toBe('2031-04-09');
    expect(deadlineFor('2031-01-31')).toBe('2031-02-28');
    expect(deadlineFor('2032-01-31')).toBe('2032-02-29');
    expect(deadlineFor('2031-12-15')).toBe('2032-01-15');
    expect(deadlineFor('2031-08-31')).toBe('2031-09-30');
  });

  it('always lies 28 to 31 days later and never in the same month (fast-check)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const due = deadlineFor(d);
        const gap = daysBetween(d, due);
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31);
        expect(due.slice(0, 7)).not.toBe(d.slice(0, 7));
        expect(parseDay(due)).toBe(due);
      }),
    );
  });
});

describe('extendedDeadlineFor (two further months, art. 12(3))', () => {
  it('is two months after the one-month deadline, clamped to shorter months', () => {
    expect(extendedDeadlineFor('2031-04-09')).toBe('2031-06-09');
    expect(extendedDeadlineFor(deadlineFor('2031-01-31'))).toBe('2031-04-28');
    expect(extendedDeadlineFor('2031-12-31')).toBe('2032-02-29');
    expect(extendedDeadlineFor('2031-11-15')).toBe('2032-01-15');
  });
  it('never lies later than three months after the day received, never earlier than two months after the deadline (fast-check)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const first = deadlineFor(d);
        const extended = extendedDeadlineFor(first);
        expect(daysBetween(first, extended)).toBeGreaterThanOrEqual(59);
        expect(daysBetween(first, extended)).toBeLessThanOrEqual(62);
        expect(daysBetween(d, extended)).toBeLessThanOrEqual(92);
        expect(parseDay(extended)).toBe(extended);
      }),
    );
  });
  it('the deadline in force is the extended one once extended', () => {
    expect(deadlineInForce({ deadlineOn: '2031-04-09', extendedDeadlineOn: null })).toBe('2031-04-09');
    expect(deadlineInForce({ deadlineOn: '2031-04-09', extendedDeadlineOn: '2031-06-09' })).toBe('2031-06-09');
  });
});

describe('daysLeft', () => {
  it('counts in Amsterdam days: the last evening is still one day before', () => {
    expect(daysLeft('2031-04-09', new Date('2031-03-10T10:00:00Z'))).toBe(30);
    // 23:30 in Amsterdam (summer time) on the 8th is 21:30 UTC.
    expect(daysLeft('2031-04-09', new Date('2031-04-08T21:30:00Z'))).toBe(1);
    // 00:30 in Amsterdam on the 9th is 22:30 UTC on the 8th.
    expect(daysLeft('2031-04-09', new Date('2031-04-08T22:30:00Z'))).toBe(0);
    expect(daysLeft('2031-04-09', new Date('2031-04-12T08:00:00Z'))).toBe(-3);
    expect(dayOf(new Date('2031-12-31T23:30:00Z'))).toBe('2032-01-01');
  });
});

describe('parseDay', () => {
  it('takes only real calendar days written YYYY-MM-DD', () => {
    expect(parseDay('2031-02-28')).toBe('2031-02-28');
    expect(parseDay(' 2031-02-28 ')).toBe('2031-02-28');
    for (const bad of ['2031-02-30', '2031-13-01', '31-02-2031', '2031-2-3', '', '２０３１-０２-２８', '2031-02-28T00:00']) expect(parseDay(bad)).toBeNull();
  });
});
