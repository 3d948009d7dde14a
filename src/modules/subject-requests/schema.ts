import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/index.ts';

/**
 * Data-subject requests (AVG art. 15–18 and 21), registered by the privacy officer. Who asks and
 * how to find them is personal data of its own, so it is one envelope-encrypted JSON value
 * (`subject_enc`); what is kept in the clear is only what the deadline and the lists need.
 * The answer itself (the PDF and JSON export) is never stored: only the day it was made.
 */
export const subjectRequests = pgTable(
  'subject_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** inzage, correctie, beperking, wissen, bezwaar (kinds.ts) */
    kind: text('kind').notNull(),
    /** Encrypted JSON: name, phones, e-mails, handles, report number, identity note (request-subject.ts). */
    subjectEnc: text('subject_enc').notNull(),
    /** How the identity was checked: id_document, known_contact, written_signed, other (kinds.ts). */
    identityCheck: text('identity_check').notNull(),
    /** The day the request came in (YYYY-MM-DD, Amsterdam), and one month after it (art. 12(3)). */
    receivedOn: text('received_on').notNull(),
    deadlineOn: text('deadline_on').notNull(),
    /**
     * The deadline after the two-month extension (art. 12(3): complex or many requests), null when not
     * extended; the reason (encrypted: it may name the person), who extended and when. The person must
     * be told within the first month (`deadlineOn`): `extensionToldOn` is the day that was done.
     */
    extendedDeadlineOn: text('extended_deadline_on'),
    extensionReasonEnc: text('extension_reason_enc'),
    extendedAt: timestamp('extended_at', { withTimezone: true }),
    extendedBy: uuid('extended_by').references(() => users.id),
    extensionToldOn: text('extension_told_on'),
    /** When the first answer was made; null while open. */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subject_requests_open_idx').on(t.answeredAt, t.deadlineOn)],
);

/**
 * One decision on one found record, append-only: a later decision on the same record is a new
 * row, and the newest counts. `execution` says what happened with an erase or restrict decision.
 */
export const subjectRequestDecisions = pgTable(
  'subject_request_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => subjectRequests.id),
    /** report, dossier_person, decoy_contact, evidence, ad, dossier (the identifier index's source types). */
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    /** give, correct, restrict, erase, refuse */
    decision: text('decision').notNull(),
    /** With refuse: criminal_investigation, rights_of_others, unfounded, other. */
    ground: text('ground'),
    /** The privacy officer's note (what to correct, why), encrypted: it may hold personal data. */
    noteEnc: text('note_enc'),
    /**
     * recorded (give, refuse), queued (correct, restrict, erase: waiting), done (carried out by the
     * owning module), refused (not carried out: `executionReason` says why).
     */
    execution: text('execution').notNull(),
    /** With refused: held (legal hold), evidence (never erased), kept (another module needs it), gone. */
    executionReason: text('execution_reason'),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subject_request_decisions_request_idx').on(t.requestId, t.recordType, t.recordId)],
);
