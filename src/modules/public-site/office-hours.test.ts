import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { testClock } from '../../../test/support/clock.ts';
import { isOfficeOpen } from './office-hours.ts';

const OPEN = 'Het meldpunt is nu open.';
const CLOSED = 'Het meldpunt is nu gesloten.';

/**
 * Office hours are Monday to Friday, 09:00–17:00 in Amsterdam, in winter and in summer time. The
 * times below are UTC; the comment says what the clock in Amsterdam shows.
 */
describe('office hours', () => {
  it.each([
    ['2027-01-18T08:00:00Z', true, 'Monday 09:00 winter time: opens'],
    ['2027-01-18T07:59:59Z', false, 'Monday 08:59:59 winter time'],
    ['2027-01-22T15:59:59Z', true, 'Friday 16:59:59 winter time'],
    ['2027-01-22T16:00:00Z', false, 'Friday 17:00 winter time: closes'],
    ['2027-01-16T22:30:00Z', false, 'Saturday 23:30 winter time'],
    ['2027-01-17T11:00:00Z', false, 'Sunday noon'],
    ['2027-03-29T07:30:00Z', true, 'Monday 09:30 summer time (07:30 UTC would be 08:30 in winter)'],
    ['2027-03-26T07:30:00Z', false, 'Friday before the change: 08:30 winter time'],
    ['2027-10-29T15:30:00Z', false, 'Friday 17:30 summer time'],
    ['2027-11-01T15:30:00Z', true, 'Monday 16:30 winter time, after the change back'],
  ])('%s is %s (%s)', (at, open) => {
    expect(isOfficeOpen(new Date(at))).toBe(open);
  });
});

/** The pages take the time from the app's clock, so a reporter sees whether someone is there now. */
describe('office hours on the public pages', () => {
  const clock = testClock('2027-01-16T22:30:00Z');
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ clock });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('on a Saturday night the home page and the report start say the meldpunt is closed', async () => {
    clock.set('2027-01-16T22:30:00Z');
    const home = await app.publicApp.inject({ url: '/' });
    expect(home.body).toContain(CLOSED);
    expect(home.body).not.toContain(OPEN);
    const start = await app.publicApp.inject({ url: '/melden' });
    expect(start.body).toContain('Het meldpunt is nu gesloten. Uw melding is wel bewaard');
  });

  it('on a Monday morning in summer time the same pages say it is open', async () => {
    clock.set('2027-03-29T07:30:00Z');
    const home = await app.publicApp.inject({ url: '/' });
    expect(home.body).toContain(OPEN);
    expect(home.body).not.toContain(CLOSED);
    const start = await app.publicApp.inject({ url: '/melden' });
    expect(start.body).not.toContain('Het meldpunt is nu gesloten.');
  });
});
