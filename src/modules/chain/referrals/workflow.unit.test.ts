import { describe, expect, it } from 'vitest';
import { addWorkingDays, amsterdamDay, canMove, FEEDBACK_STEPS, nextSteps, REFERRAL_STATUSES } from './workflow.ts';

describe('referral transition model', () => {
  it('goes sent → received → accepted or declined → feedback steps → closed, and nowhere else', () => {
    expect(canMove('sent', 'received')).toBe(true);
    expect(canMove('received', 'accepted')).toBe(true);
    expect(canMove('received', 'declined')).toBe(true);
    expect(canMove('accepted', 'contact_made')).toBe(true);
    expect(canMove('contact_made', 'care_started')).toBe(true);
    expect(canMove('care_started', 'closed')).toBe(true);
    // No feedback before accepting, nothing after declined or closed, no way back.
    expect(canMove('sent', 'contact_made')).toBe(false);
    expect(canMove('received', 'closed')).toBe(false);
    expect(canMove('declined', 'accepted')).toBe(false);
    expect(canMove('closed', 'contact_made')).toBe(false);
    expect(canMove('accepted', 'received')).toBe(false);
    expect(canMove('nonsense', 'closed')).toBe(false);
    expect(nextSteps('declined')).toEqual([]);
    expect(nextSteps('closed')).toEqual([]);
  });

  it('reaches closed from every accepted state, and every feedback step is a status', () => {
    for (const s of ['accepted', 'contact_made', 'care_started', 'no_contact'] as const) expect(canMove(s, 'closed'), s).toBe(true);
    for (const s of FEEDBACK_STEPS) expect(REFERRAL_STATUSES).toContain(s);
  });
});

describe('answer day', () => {
  it('counts working days, skipping the weekend', () => {
    expect(addWorkingDays('2026-12-04', 5)).toBe('2026-12-11'); // Friday → next Friday
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07'); // Saturday → Monday
    expect(addWorkingDays('2026-12-07', 5)).toBe('2026-12-14'); // Monday → next Monday
  });

  it('takes the day in Amsterdam, not in UTC', () => {
    expect(amsterdamDay(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04');
    expect(amsterdamDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(amsterdamDay(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01');
  });
});
