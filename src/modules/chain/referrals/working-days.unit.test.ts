import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, dutchPublicHolidays, easterSunday, holidayOn, isWorkingDay } from './working-days.ts';

describe('Easter (Gregorian computus)', () => {
  it('matches the published dates, including the earliest and latest possible', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // earliest possible (22 March)
      1943: '1943-04-25', // latest possible (25 April)
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2016: '2016-03-27',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2038: '2038-04-25', // latest possible
      2285: '2285-03-22', // earliest possible
    };
    for (const [year, day] of Object.entries(known)) expect(easterSunday(Number(year)), year).toBe(day);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const day = easterSunday(year);
        expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(day.slice(5) >= '03-22' && day.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('Dutch public holidays', () => {
  it('2026: every holiday on its day', () => {
    expect(Object.fromEntries(dutchPublicHolidays(2026))).toEqual({
      '2026-01-01': 'nieuwjaarsdag',
      '2026-04-03': 'goede_vrijdag',
      '2026-04-05': 'eerste_paasdag',
      '2026-04-06': 'tweede_paasdag',
      '2026-04-27': 'koningsdag',
      '2026-05-05': 'bevrijdingsdag',
      '2026-05-14': 'hemelvaartsdag',
      '2026-05-24': 'eerste_pinksterdag',
      '2026-05-25': 'tweede_pinksterdag',
      '2026-12-25': 'eerste_kerstdag',
      '2026-12-26': 'tweede_kerstdag',
    });
  });

  it('2027 and 2028: the moving feasts follow Easter', () => {
    expect(holidayOn('2027-03-26')).toBe('goede_vrijdag');
    expect(holidayOn('2027-03-29')).toBe('tweede_paasdag');
    expect(holidayOn('2027-05-06')).toBe('hemelvaartsdag');
    expect(holidayOn('2027-05-17')).toBe('tweede_pinksterdag');
    expect(holidayOn('2028-04-14')).toBe('goede_vrijdag');
    expect(holidayOn('2028-04-17')).toBe('tweede_paasdag');
    expect(holidayOn('2028-05-25')).toBe('hemelvaartsdag');
    expect(holidayOn('2028-06-05')).toBe('tweede_pinksterdag');
  });

  it('Koningsdag moves to Saturday 26 April when 27 April is a Sunday', () => {
    // 27 April was or is a Sunday in 2014, 2025, 2031 and 2036.
    for (const year of [2014, 2025, 2031, 2036]) {
      expect(new Date(`${year}-04-27T00:00:00Z`).getUTCDay(), String(year)).toBe(0);
      expect(holidayOn(`${year}-04-26`), String(year)).toBe('koningsdag');
      expect(holidayOn(`${year}-04-27`), String(year)).toBeNull();
    }
    // On a Saturday it stays on the 27th (2030), and a Monday the 27th is a holiday (2026 is a Monday).
    expect(holidayOn('2030-04-27')).toBe('koningsdag');
    expect(holidayOn('2026-04-27')).toBe('koningsdag');
    expect(isWorkingDay('2026-04-27')).toBe(false);
  });

  it('Bevrijdingsdag counts every year, not only in lustrum years', () => {
    for (const year of [2026, 2027, 2028, 2029, 2030]) expect(holidayOn(`${year}-05-05`), String(year)).toBe('bevrijdingsdag');
    expect(isWorkingDay('2026-05-05')).toBe(false); // a Tuesday
  });

  it('a day with two feasts (Hemelvaart on 5 May) is one holiday', () => {
    expect(easterSunday(2016)).toBe('2016-03-27');
    expect(holidayOn('2016-05-05')).toBe('bevrijdingsdag');
    expect(dutchPublicHolidays(2016).size).toBe(10);
    expect(dutchPublicHolidays(2026).size).toBe(11);
  });

  it('every year has the same eleven feasts (or ten when two share a day), none a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2014, max: 2200 }), (year) => {
        const days = dutchPublicHolidays(year);
        expect(days.size === 11 || days.size === 10).toBe(true);
        for (const day of days.keys()) {
          expect(day.startsWith(String(year))).toBe(true);
          expect(isWorkingDay(day)).toBe(false);
        }
      }),
    );
  });
});

describe('working days', () => {
  it('skips the weekend as before', () => {
    expect(addWorkingDays('2026-12-04', 5)).toBe('2026-12-11'); // Friday → next Friday
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07'); // Saturday → Monday
    expect(addWorkingDays('2026-12-07', 5)).toBe('2026-12-14');
  });

  it('skips Christmas and New Year across the year boundary', () => {
    // Mon 21 Dec 2026: 22, 23, 24, (25 Kerst), 28, 29.
    expect(addWorkingDays('2026-12-21', 5)).toBe('2026-12-29');
    // Thu 24 Dec 2026: (25, 26, 27), 28, 29, 30, 31, (1 Jan), 4 Jan.
    expect(addWorkingDays('2026-12-24', 5)).toBe('2027-01-04');
    // 2027: Christmas on Saturday and Sunday costs no working day.
    expect(addWorkingDays('2027-12-23', 5)).toBe('2027-12-30');
    // Thu 31 Dec 2026 + 1: Friday 1 January is Nieuwjaarsdag.
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('skips Goede Vrijdag and Tweede Paasdag', () => {
    // Thu 2 April 2026: (3 Goede Vrijdag), (6 Tweede Paasdag), 7, 8, 9, 10, 13.
    expect(addWorkingDays('2026-04-02', 5)).toBe('2026-04-13');
    // 2027: Easter in March. Thu 25 March: (26), (29), 30, 31, 1, 2, 5 April.
    expect(addWorkingDays('2027-03-25', 5)).toBe('2027-04-05');
  });

  it('skips Koningsdag, Bevrijdingsdag, Hemelvaart and Pinksteren (spring 2026)', () => {
    // Fri 24 April 2026: (27 Koningsdag), 28, 29, 30, 1 May, 4.
    expect(addWorkingDays('2026-04-24', 5)).toBe('2026-05-04');
    // Mon 4 May 2026: (5 Bevrijdingsdag), 6, 7, 8, 11, 12.
    expect(addWorkingDays('2026-05-04', 5)).toBe('2026-05-12');
    // Wed 13 May 2026: (14 Hemelvaart), 15, 18, 19, 20, 21.
    expect(addWorkingDays('2026-05-13', 5)).toBe('2026-05-21');
    // Fri 22 May 2026: (25 Tweede Pinksterdag), 26, 27, 28, 29, 1 June.
    expect(addWorkingDays('2026-05-22', 5)).toBe('2026-06-01');
  });

  it('starting on a holiday counts from the next working day', () => {
    expect(addWorkingDays('2026-12-25', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2027-01-01', 1)).toBe('2027-01-04');
  });

  it('always lands on a working day after the start, n working days on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const start = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const end = addWorkingDays(start, n);
        expect(end > start).toBe(true);
        expect(isWorkingDay(end)).toBe(true);
        let count = 0;
        for (let d = new Date(`${start}T00:00:00Z`); d.toISOString().slice(0, 10) < end; ) {
          d.setUTCDate(d.getUTCDate() + 1);
          if (isWorkingDay(d.toISOString().slice(0, 10))) count += 1;
        }
        expect(count).toBe(n);
      }),
    );
  });
});
