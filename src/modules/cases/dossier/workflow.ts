/**
 * The dossier workflow as data: which status may follow which. Refusals carry the reason in plain
 * Dutch (and English), so the page can say why instead of just "not allowed".
 */
export const STATUSES = ['open', 'investigation', 'decision', 'handed_over', 'referred', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

/** Allowed next statuses. Handed over and referred can still be closed; closed can be re-opened. */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  open: ['investigation', 'closed'],
  investigation: ['decision', 'closed'],
  decision: ['investigation', 'handed_over', 'referred', 'closed'],
  handed_over: ['closed'],
  referred: ['investigation', 'closed'],
  closed: ['open'],
};

/**
 * A dossier in one of these is finished: nobody works on it, so nothing new is added to it from
 * outside (the monitor's review queue) and it raises no alerts (the monitor's dossier matches).
 */
export const FINISHED_STATUSES: readonly Status[] = ['handed_over', 'referred', 'closed'];

/** Statuses that are only reached through their own action (handover, referral), never by the status form. */
export const ACTION_ONLY: readonly Status[] = ['handed_over', 'referred'];

export type TransitionCheck = { ok: true } | { ok: false; reason: { nl: string; en: string } };

const label = {
  nl: { open: 'open', investigation: 'in onderzoek', decision: 'besluit', handed_over: 'overgedragen', referred: 'doorverwezen', closed: 'gesloten' },
  en: { open: 'open', investigation: 'investigation', decision: 'decision', handed_over: 'handed over', referred: 'referred', closed: 'closed' },
} as const;

export const checkTransition = (from: Status, to: Status, options: { reason: string; viaAction?: boolean }): TransitionCheck => {
  if (from === to) {
    return { ok: false, reason: { nl: `Het dossier staat al op ‘${label.nl[to]}’.`, en: `The dossier is already ‘${label.en[to]}’.` } };
  }
  if (!TRANSITIONS[from].includes(to)) {
    const nextNl = TRANSITIONS[from].map((s) => `‘${label.nl[s]}’`).join(', ');
    const nextEn = TRANSITIONS[from].map((s) => `‘${label.en[s]}’`).join(', ');
    return {
      ok: false,
      reason: {
        nl: `Van ‘${label.nl[from]}’ kan het dossier niet naar ‘${label.nl[to]}’. Wel mogelijk: ${nextNl}.`,
        en: `From ‘${label.en[from]}’ the dossier cannot go to ‘${label.en[to]}’. Possible: ${nextEn}.`,
      },
    };
  }
  if (ACTION_ONLY.includes(to) && !options.viaAction) {
    return {
      ok: false,
      reason: {
        nl: to === 'handed_over' ? 'Overdragen gaat via ‘Overdracht aan politie/OM’, met toestemming en goedkeuring van een teamleider.' : 'Doorverwijzen gaat via ‘Doorverwijzing’, met de gegevens van de doorverwijzing.',
        en: to === 'handed_over' ? 'Handover goes through ‘Handover to police/OM’, with consent and a supervisor’s approval.' : 'Referral goes through ‘Referral’, with the details of the referral.',
      },
    };
  }
  if (to === 'closed' && !options.reason.trim()) {
    return { ok: false, reason: { nl: 'Schrijf op waarom u het dossier sluit.', en: 'Write down why you close the dossier.' } };
  }

  return { ok: true };
};
