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
        nl: to === 'handed_over' ? 'Overdragen gaat via ‘Overdracht aan politie/OM’, met toestemming en goedkeuring van een teamleider.' : 'Doorverwijzen gaat via de ketenpagina van het dossier (‘Keten: delen en doorverwijzen’).',
        en: to === 'handed_over' ? 'Handover goes through ‘Handover to police/OM’, with consent and a supervisor’s approval.' : 'Referral goes through the dossier’s chain page (‘Chain: sharing and referral’).',
      },
    };
  }
  if (to === 'closed' && !options.reason.trim()) {
    return { ok: false, reason: { nl: 'Schrijf op waarom u het dossier sluit.', en: 'Write down why you close the dossier.' } };
  }

  return { ok: true };
};

/** The shortest way through the workflow from one status to another (without `from`), or null. */
export const pathTo = (from: Status, to: Status): Status[] | null => {
  const previous = new Map<Status, Status>();
  const queue: Status[] = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) break;
    for (const next of TRANSITIONS[at]) {
      if (next === from || previous.has(next)) continue;
      previous.set(next, at);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const path: Status[] = [];
  for (let s: Status | undefined = to; s && s !== from; s = previous.get(s)) path.unshift(s);

  return path;
};

/**
 * Why a handover cannot be asked for yet, as the way to go: staff read "Van ‘open’ kan het dossier
 * niet naar ‘overgedragen’" as a dead end (issue 14), so say where it must stand and which steps lead there.
 */
export const handoverStatusProblem = (from: Status): { nl: string; en: string } | null => {
  if (from === 'decision') return null;
  if (from === 'handed_over') return { nl: 'Het dossier is al overgedragen.', en: 'The dossier has already been handed over.' };
  const steps = pathTo(from, 'decision') ?? [];
  const arrowNl = [from, ...steps, 'handed_over' as const].map((s) => label.nl[s]).join(' → ');
  const arrowEn = [from, ...steps, 'handed_over' as const].map((s) => label.en[s]).join(' → ');
  const doNl =
    steps.length === 1
      ? `Zet het dossier op ‘${label.nl.decision}’`
      : `Zet het dossier eerst op ‘${label.nl[steps[0]!]}’ en daarna ${steps
          .slice(1)
          .map((s) => `op ‘${label.nl[s]}’`)
          .join(', dan ')}`;
  const doEn = steps.length === 1 ? `Set the dossier to ‘${label.en.decision}’` : `First set the dossier to ${steps.map((s) => `‘${label.en[s]}’`).join(', then to ')}`;

  return {
    nl: `Overdragen kan alleen als het dossier op ‘${label.nl.decision}’ staat. Het staat nu op ‘${label.nl[from]}’. De volgorde is: ${arrowNl}. ${doNl}, bij ‘Status wijzigen’ in het overzicht bovenaan.`,
    en: `A handover is only possible when the dossier is at ‘${label.en.decision}’. It is now ‘${label.en[from]}’. The order is: ${arrowEn}. ${doEn}, under ‘Change status’ in the overview at the top.`,
  };
};
