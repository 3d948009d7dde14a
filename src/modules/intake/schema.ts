
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The meldpunt's reports (meldingen) from every channel. Hard rule 2: nothing here records an IP
 * address, user agent or any other connection data — not for anonymous reports, not for any report.
 */

/** What the reporter answered, kept as structured JSON (see answers.ts for the shape). */
export type ReportAnswersJson = Record<string, unknown>;

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Short public number, e.g. "M7K3PQ": staff and reporter both refer to it. Part of the receipt. */
    number: text('number').notNull().unique(),
    /** web, phone, email, chat */
    channel: text('channel').notNull(),
    /** victim, family, bystander, professional, hotel, client, ex_perpetrator (seed 000) */
    reporterKind: text('reporter_kind').notNull(),
    urgent: boolean('urgent').notNull().default(false),
    /** danger_now, minor_at_risk, other */
    urgentReason: text('urgent_reason'),
    /** True when the answers say the possible victim is under 18: sorts above other non-urgent reports. */
    minorAtRisk: boolean('minor_at_risk').notNull().default(false),
    /** new, triage, investigation, referred, handed_over, closed */
    status: text('status').notNull().default('new'),
    closeReason: text('close_reason'),
    assigneeId: uuid('assignee_id'),
    answers: jsonb('answers').$type<ReportAnswersJson>().notNull(),
    anonymous: boolean('anonymous').notNull(),
    /** Argon2id hash of the secret part of the receipt (salt inside the hash, one per report). */
    receiptHash: text('receipt_hash').notNull(),
    /** A receipt given by phone, e-mail or chat must be replaced by the reporter on first use. */
    receiptMustChange: boolean('receipt_must_change').notNull().default(false),
    /** The hashed draft token of a web report: a second submit of the same draft finds this row. */
    idempotencyKey: text('idempotency_key').unique(),
    /** Staff member who filed it for a caller (phone, e-mail, chat); null for the web form. */
    filedBy: uuid('filed_by'),
    /**
     * CBS code of the municipality the report is about (GM0363): the reporter's choice, or the place
     * they typed when it is exactly a municipality or place on the list; null = unknown, never guessed.
     */
    municipalityCode: text('municipality_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reports_queue_idx').on(t.status, t.urgent, t.createdAt),
    index('reports_assignee_idx').on(t.assigneeId),
    index('reports_created_idx').on(t.createdAt),
  ],
);

/**
 * Who the reporter is and how to reach them: one envelope-encrypted JSON value, in its own table so
 * a query on reports never carries it along by accident. No row for an anonymous report.
 */
export const reportIdentities = pgTable('report_identities', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  identityEnc: text('identity_enc').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Phone numbers, e-mail addresses, links and handles the reporter gave, raw, for the identifier index. */
export const reportIdentifiers = pgTable(
  'report_identifiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    /** phone, email, url, handle, other */
    kind: text('kind').notNull(),
    rawValue: text('raw_value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_identifiers_report_idx').on(t.reportId), index('report_identifiers_kind_idx').on(t.kind)],
);

/**
 * Consent per purpose (police, care, zvh). Append-only history: a change adds a row, nothing is
 * updated or erased (hard rule 3). The newest row per purpose is the current choice.
 */
export const reportConsents = pgTable(
  'report_consents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    /** reporter (web form or follow-up) or staff (recorded for a caller) */
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_consents_report_idx').on(t.reportId, t.purpose)],
);

export const reportMessages = pgTable(
  'report_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    /** reporter: from the reporter; staff: from staff, visible to the reporter; internal: staff note */
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    authorUserId: uuid('author_user_id'),
    /**
     * The random token of the form the message was sent with: a second post of the same form (a
     * double click, a resubmit) finds it taken and adds nothing. Null for messages made in code.
     */
    formToken: text('form_token'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_messages_report_idx').on(t.reportId, t.createdAt), uniqueIndex('report_messages_form_token_idx').on(t.reportId, t.formToken)],
);

/**
 * How far a staff member has read a report's messages: the time of the newest reporter message that
 * was on the report page when they opened it. A reporter message after that is unread for them
 * (the "ongelezen" column on /meldingen and "Nieuwe antwoorden van melders" on the start page).
 */
export const reportReads = pgTable(
  'report_reads',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    seenUntil: timestamp('seen_until', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.userId] }), index('report_reads_user_idx').on(t.userId)],
);

/**
 * Files from reporters. Content and name are envelope-encrypted; never previewed. A file marked as
 * possible abuse image loses its content and name: only the SHA-256 and the decision stay.
 */
export const reportFiles = pgTable(
  'report_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Set once the report exists; a file added while drafting has draftId instead. */
    reportId: uuid('report_id').references(() => reports.id, { onDelete: 'cascade' }),
    draftId: text('draft_id'),
    nameEnc: text('name_enc'),
    contentEnc: text('content_enc'),
    size: integer('size').notNull(),
    /** From the first bytes of the content, not from the name or the browser: pdf, jpeg, png … */
    detectedType: text('detected_type').notNull(),
    sha256: text('sha256').notNull(),
    /** stored, locked */
    state: text('state').notNull().default('stored'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: uuid('locked_by'),
    decision: text('decision'),
    /** reporter or staff */
    addedBy: text('added_by').notNull().default('reporter'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_files_report_idx').on(t.reportId), index('report_files_draft_idx').on(t.draftId)],
);

/**
 * A web report while it is being filled in. Keyed by the SHA-256 of a random token in a first-party
 * cookie; no IP address or user agent. The answers (which may hold contact details) are encrypted.
 */
export const reportDrafts = pgTable('report_drafts', {
  id: text('id').primaryKey(),
  dataEnc: text('data_enc').notNull(),
  submittedReportId: uuid('submitted_report_id'),
  /** The new receipt, encrypted, between commit and the one time it is shown; then erased. */
  receiptEnc: text('receipt_enc'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Urgent reports raise an alert for supervisors in the staff app until someone acknowledges it. */
export const reportAlerts = pgTable(
  'report_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_alerts_open_idx').on(t.reportId, t.reason), index('report_alerts_ack_idx').on(t.acknowledgedAt)],
);


/**
 * Failed receipt checks per report number (also for numbers no report has, so a delay does not tell
 * which numbers exist). Only the number and counts: nothing about who tried (hard rule 2), so tries
 * on one number slow down that number only. Shared by every app process; forgotten at `forgetAt`.
 */
export const receiptTries = pgTable(
  'receipt_tries',
  {
    number: text('number').primaryKey(),
    failures: integer('failures').notNull(),
    nextAllowedAt: timestamp('next_allowed_at', { withTimezone: true }).notNull(),
    forgetAt: timestamp('forget_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('receipt_tries_forget_idx').on(t.forgetAt)],
);

/**
 * A reporter "signed in" to their report after the receipt check, in the database so any app
 * process behind the load balancer can serve the next request. Keyed by the SHA-256 of a random
 * cookie token; holds no connection data. The new receipt after a change waits here encrypted until
 * it is shown once.
 */
export const followUpSessions = pgTable(
  'follow_up_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    mustChangeReceipt: boolean('must_change_receipt').notNull(),
    newReceiptEnc: text('new_receipt_enc'),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('follow_up_sessions_seen_idx').on(t.lastSeenAt)],
);

/**
 * What a form post that was refused (or just done) leaves for the page it redirects to
 * (Post/Redirect/Get): the typed values, the error codes or a notice, encrypted, for a short while.
 * Keyed by who it belongs to — a follow-up session's token hash, a receipt-entry cookie's token hash,
 * or a staff member and a report — never by anything about the connection (hard rule 2).
 */
export const formStates = pgTable(
  'form_states',
  {
    key: text('key').primaryKey(),
    dataEnc: text('data_enc').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('form_states_expires_idx').on(t.expiresAt)],
);
