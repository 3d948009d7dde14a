/** The kinds of request (AVG art. 15 inzage, 16 correctie, 18 beperking, 17 wissen, 21 bezwaar). */
export const REQUEST_KINDS = ['inzage', 'correctie', 'beperking', 'wissen', 'bezwaar'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** How the privacy officer checked that the person asking is who they say. */
export const IDENTITY_CHECKS = ['id_document', 'known_contact', 'written_signed', 'other'] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

/** What the privacy officer decides per found record. */
export const DECISIONS = ['give', 'correct', 'restrict', 'erase', 'refuse'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Legal grounds to refuse (AVG art. 15(4), art. 23 with UAVG art. 41). */
export const REFUSAL_GROUNDS = ['criminal_investigation', 'rights_of_others', 'unfounded', 'other'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** The record types a search can find: the identifier index's source types. */
export const RECORD_TYPES = ['report', 'dossier_person', 'decoy_contact', 'evidence', 'ad', 'dossier'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isRequestKind = isOneOf(REQUEST_KINDS);
export const isIdentityCheck = isOneOf(IDENTITY_CHECKS);
export const isDecision = isOneOf(DECISIONS);
export const isRefusalGround = isOneOf(REFUSAL_GROUNDS);
export const isRecordType = isOneOf(RECORD_TYPES);

/**
 * Correct, restrict and erase change a record that another module owns: the decision is recorded
 * and queued (shown as work on the request page). Erase and restrict are then carried out through
 * the owning module's `subjectRecords` hook where it has one (carry-out-decision.ts); correct is
 * done by a person. Give and refuse need nothing more than the answer.
 */
export const executionOf = (d: Decision): 'recorded' | 'queued' => (d === 'give' || d === 'refuse' ? 'recorded' : 'queued');

/** Why a decision was not carried out (execution 'refused'). */
export const EXECUTION_REASONS = ['held', 'evidence', 'kept', 'gone'] as const;
export type ExecutionReason = (typeof EXECUTION_REASONS)[number];
export const isExecutionReason = isOneOf(EXECUTION_REASONS);
