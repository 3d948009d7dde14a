import { describe, expect, it } from 'vitest';
import { demoTime } from './demo-times.ts';

describe('demoTime', () => {
  const now = new Date('2026-12-04T18:00:00Z'); // 19:00 in Amsterdam (CET)

  it('puts a day and time of day in Amsterdam, winter and summer', () => {
    expect(demoTime(now, { daysAgo: 3, time: '21:40' }).toISOString()).toBe('2026-12-01T20:40:00.000Z');
    expect(demoTime(new Date('2026-07-10T12:00:00Z'), { daysAgo: 2, time: '09:15' }).toISOString()).toBe('2026-07-08T07:15:00.000Z');
  });

  it('counts minutes back, and never gives a time after now', () => {
    expect(demoTime(now, { minutesAgo: 35 }).toISOString()).toBe('2026-12-04T17:25:00.000Z');
    expect(demoTime(now, { daysAgo: 0, time: '23:00' }).getTime()).toBeLessThan(now.getTime());
  });
});
