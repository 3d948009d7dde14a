/**
 * A referral as one transition model (Primero's lesson, issue 16 point 2): sent → received →
 * accepted or declined → feedback steps → closed. As data, so the routes, the pages and the tests
 * read the same table.
 */
export const REFERRAL_STATUSES = ['sent', 'received', 'accepted', 'declined', 'contact_made', 'care_started', 'no_contact', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The feedback steps a partner reports after accepting, each with a date and a short note. */
export const FEEDBACK_STEPS = ['contact_made', 'care_started', 'no_contact', 'closed'] as const;
export type FeedbackStep = (typeof FEEDBACK_STEPS)[number];

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['received', 'accepted', 'declined'],
  received: ['accepted', 'declined'],
  accepted: ['contact_made', 'no_contact', 'closed'],
  contact_made: ['care_started', 'no_contact', 'closed'],
  care_started: ['closed'],
  no_contact: ['contact_made', 'closed'],
  declined: [],
  closed: [],
};

export const isReferralStatus = (value: string): value is ReferralStatus => (REFERRAL_STATUSES as readonly string[]).includes(value);

export const canMove = (from: string, to: ReferralStatus): boolean => isReferralStatus(from) && NEXT[from].includes(to);

export const nextSteps = (from: string): readonly ReferralStatus[] => (isReferralStatus(from) ? NEXT[from] : []);

/** Waiting for the partner's answer: the reminder job looks at these. */
export const AWAITING_ANSWER: readonly ReferralStatus[] = ['sent', 'received'];

export const isFinished = (status: string): boolean => status === 'declined' || status === 'closed';

/** Working days a partner has to accept or decline (Veilig Thuis' safety assessment takes 5). */
export const ANSWER_WORKING_DAYS = 5;

/** The calendar day (yyyy-mm-dd) in Amsterdam at a moment. */
export const amsterdamDay = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** Working days skip weekends and Dutch public holidays (working-days.ts). */
export { addWorkingDays } from './working-days.ts';
