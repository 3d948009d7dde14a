import type { ScriptKind } from '../scripts/scripts.ts';

/**
 * The conversation workflow of research §4 as data (issue 15 point 5). Every state says which
 * outbound kinds it allows; anything not listed cannot be sent (passivity, DESIGN §3.4). Transitions
 * are named actions with the states they start from.
 */
export const STATES = [
  'triage',
  'spam',
  'urgent',
  'image_quarantine',
  'disclosure_pending',
  'await_reply',
  'clarify',
  'continuation_review',
  'warning_sent',
  'evidence_frozen',
  'police_notified',
  'closed_no_continuation',
  'closed_desisted',
  'closed_notified',
  'hold',
] as const;
export type State = (typeof STATES)[number];

/** The only states with outbound messages, and which kinds (a warning comes only through four eyes). */
export const OUTBOUND: Partial<Record<State, readonly ScriptKind[]>> = {
  disclosure_pending: ['age_disclosure'],
  clarify: ['clarification'],
  closed_desisted: ['help_only', 'closing'],
};

/** After the warning every new inbound message is logged only: no further engagement. */
export const LOG_ONLY_STATES: readonly State[] = ['warning_sent', 'evidence_frozen', 'police_notified', 'closed_notified'];

export const CLOSED_STATES: readonly State[] = ['spam', 'closed_no_continuation', 'closed_desisted', 'closed_notified'];

export const ACTIONS = {
  /** Triage outcomes (the classifier suggests, a human decides). */
  spam: { from: ['triage'], to: 'spam' },
  solicitation: { from: ['triage'], to: 'disclosure_pending' },
  image: { from: ['triage', 'disclosure_pending', 'await_reply', 'clarify'], to: 'image_quarantine' },
  /** Acute danger pre-empts everything: 112, the decoy pauses, a supervisor is alerted. */
  urgent: { from: ['triage', 'disclosure_pending', 'await_reply', 'clarify', 'continuation_review', 'image_quarantine', 'hold'], to: 'urgent' },
  /** Replies after the disclosure. */
  desisted: { from: ['await_reply'], to: 'closed_desisted' },
  ambiguous: { from: ['await_reply'], to: 'clarify' },
  continued: { from: ['await_reply'], to: 'continuation_review' },
  /** Operator doubt or a script gap: no outbound until a legal decision. */
  hold: { from: ['triage', 'disclosure_pending', 'await_reply', 'clarify', 'continuation_review'], to: 'hold' },
  release: { from: ['hold'], to: 'triage' },
} as const satisfies Record<string, { from: readonly State[]; to: State }>;
export type Action = keyof typeof ACTIONS;
export const isAction = (v: string): v is Action => Object.hasOwn(ACTIONS, v);

/** Hours without a reply after the disclosure before the conversation closes as "no continuation". */
export const AWAIT_REPLY_HOURS = 72;

export const stateLabels: Record<State, { nl: string; en: string }> = {
  triage: { nl: 'Te beoordelen', en: 'Triage' },
  spam: { nl: 'Gesloten: spam of niet relevant', en: 'Closed: spam or irrelevant' },
  urgent: { nl: 'URGENT: mogelijk echt kind in gevaar', en: 'URGENT: possibly a real child at risk' },
  image_quarantine: { nl: 'Beeld ontvangen (quarantaine, politieroute)', en: 'Image received (quarantine, police route)' },
  disclosure_pending: { nl: 'Leeftijd nog noemen', en: 'Age disclosure pending' },
  await_reply: { nl: 'Wacht op antwoord (72 uur)', en: 'Awaiting reply (72 hours)' },
  clarify: { nl: 'Eén neutrale verduidelijking', en: 'One neutral clarification' },
  continuation_review: { nl: 'Ging door na leeftijd: beoordeling met vier ogen', en: 'Continued after disclosure: four-eyes review' },
  warning_sent: { nl: 'Waarschuwing verstuurd', en: 'Warning sent' },
  evidence_frozen: { nl: 'Bewijs vastgezet', en: 'Evidence frozen' },
  police_notified: { nl: 'Politie ingelicht', en: 'Police notified' },
  closed_no_continuation: { nl: 'Gesloten: ging niet door', en: 'Closed: did not continue' },
  closed_desisted: { nl: 'Gesloten: gestopt', en: 'Closed: desisted' },
  closed_notified: { nl: 'Gesloten na politiemelding', en: 'Closed after notification' },
  hold: { nl: 'Aangehouden: wacht op juridisch besluit', en: 'On hold: awaiting a legal decision' },
};
