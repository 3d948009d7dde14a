import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../accounts/index.ts';
import { reports } from '../intake/index.ts';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: every edit says which version it started from; a stale edit is refused, never applied. */
const version = () => integer('version').notNull().default(1);

/**
 * A case file. Status follows workflow.ts. `searchText` (a tsvector with the Dutch configuration) is
 * added by the custom migration `cases_search`, because Drizzle cannot express generated tsvectors.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    priority: text('priority').notNull().default('normal'),
    status: text('status').notNull().default('open'),
    /** Why the dossier was closed (required when closing). */
    closeReason: text('close_reason'),
    /** Is there a suspicion (unclear / yes / no), and why, in plain words. */
    suspicion: text('suspicion').notNull().default('unclear'),
    summary: text('summary').notNull().default(''),
    /** The summary has its own version, so a status change does not make an open summary form stale. */
    summaryVersion: integer('summary_version').notNull().default(1),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [index('dossiers_status_idx').on(t.status), index('dossiers_updated_idx').on(t.updatedAt)],
);

export const dossierAssignees = pgTable(
  'dossier_assignees',
  {
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    addedBy: uuid('added_by').notNull().references(() => users.id),
    addedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.userId] }), index('dossier_assignees_user_idx').on(t.userId)],
);

/** Reports linked to a dossier. Nothing of the reporter is copied here; their identity stays in the report. */
export const dossierReports = pgTable(
  'dossier_reports',
  {
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    reportId: uuid('report_id').notNull().references(() => reports.id),
    linkedBy: uuid('linked_by').notNull().references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.reportId] }), index('dossier_reports_report_idx').on(t.reportId)],
);

/** What happened to the dossier itself (created, status, assignees, merges, consents …), for the timeline. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    kind: text('kind').notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.at)],
);

/** People in a dossier. Never merged by the system; `mergedInto` is set only by a person's recorded merge. */
export const subjects = pgTable(
  'subjects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    role: text('role').notNull(),
    name: text('name').notNull().default(''),
    aliases: text('aliases').notNull().default(''),
    age: smallint('age'),
    ageEstimate: text('age_estimate').notNull().default(''),
    gender: text('gender').notNull().default('unknown'),
    place: text('place').notNull().default(''),
    description: text('description').notNull().default(''),
    mergedInto: uuid('merged_into'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [index('subjects_dossier_idx').on(t.dossierId)],
);

/** A merge of two persons, decided by a person after a warning. The merged record stays, marked. */
export const subjectMerges = pgTable('subject_merges', {
  id: uuid('id').primaryKey().defaultRandom(),
  dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
  keptId: uuid('kept_id').notNull().references(() => subjects.id),
  mergedId: uuid('merged_id').notNull().references(() => subjects.id),
  reason: text('reason').notNull(),
  mergedBy: uuid('merged_by').notNull().references(() => users.id),
  mergedAt: created(),
});

/** Signals (seed 003 §3.8), each a fact, observation or interpretation, with its source. */
export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    subjectId: uuid('subject_id').references(() => subjects.id),
    category: text('category').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    /** Who saw or said it (e.g. "mentor op school", "moeder via telefoon"). */
    source: text('source').notNull(),
    observedOn: date('observed_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('signals_dossier_idx').on(t.dossierId)],
);

/** The three criteria of seed 003 §3.9, one row per dossier and criterion. */
export const dossierCriteria = pgTable(
  'dossier_criteria',
  {
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    criterion: text('criterion').notNull(),
    state: text('state').notNull().default('unknown'),
    evidence: text('evidence').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.criterion] })],
);

/** The five steps of seed 003 §3.11 as a tracked plan. */
export const dossierPlanSteps = pgTable(
  'dossier_plan_steps',
  {
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    step: smallint('step').notNull(),
    state: text('state').notNull().default('todo'),
    decision: text('decision').notNull().default(''),
    /** Who took the step (free text: may be an outside expert such as CoMensha). */
    who: text('who').notNull().default(''),
    doneOn: date('done_on', { mode: 'string' }),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.step] })],
);

/** Step 4: the weighing of violence, coercion and exploitation. */
export const dossierRisks = pgTable(
  'dossier_risks',
  {
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    risk: text('risk').notNull(),
    nature: text('nature').notNull().default(''),
    severity: text('severity').notNull().default('unknown'),
    reason: text('reason').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: updated(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.risk] })],
);

export const dossierTasks = pgTable(
  'dossier_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    title: text('title').notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    version: version(),
  },
  (t) => [index('dossier_tasks_dossier_idx').on(t.dossierId), index('dossier_tasks_assignee_idx').on(t.assigneeId)],
);

export const dossierNotes = pgTable(
  'dossier_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    body: text('body').notNull(),
    authorId: uuid('author_id').notNull().references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    updatedBy: uuid('updated_by').references(() => users.id),
    version: version(),
  },
  (t) => [index('dossier_notes_dossier_idx').on(t.dossierId)],
);

/**
 * The token of a dossier form that added something (a person, signal, task, note, consent,
 * exception): a second post of the same form (a double click, a resubmit) finds its token here and
 * stores nothing (issue 14). Tokens older than a day are pruned when a new one is stored.
 */
export const dossierFormTokens = pgTable(
  'dossier_form_tokens',
  {
    token: text('token').primaryKey(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    createdAt: created(),
  },
  (t) => [index('dossier_form_tokens_dossier_idx').on(t.dossierId), index('dossier_form_tokens_created_idx').on(t.createdAt)],
);

/**
 * Consent per purpose (hard rule 3). Withdrawal fills the withdrawn_* columns; the row is never deleted
 * or overwritten otherwise.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    purpose: text('purpose').notNull(),
    /** reporter, victim, guardian (parent or guardian when the victim is under 16) */
    givenBy: text('given_by').notNull(),
    givenByName: text('given_by_name').notNull().default(''),
    /** spoken, written, form */
    method: text('method').notNull(),
    scope: text('scope').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    /** Police handover only: may the reporter's identity go with the package? */
    includesReporterIdentity: boolean('includes_reporter_identity').notNull().default(false),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: created(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    withdrawalNote: text('withdrawal_note'),
  },
  (t) => [index('consents_dossier_idx').on(t.dossierId)],
);

/** Sharing without consent on a legal ground; valid only once a different person (a supervisor) approved it. */
export const consentExceptions = pgTable(
  'consent_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    purpose: text('purpose').notNull(),
    ground: text('ground').notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    requestedAt: created(),
    /** approved / refused; null while waiting */
    decision: text('decision'),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  // The partial index serves the supervisors' start page: exceptions still waiting for a decision.
  (t) => [index('consent_exceptions_dossier_idx').on(t.dossierId), index('consent_exceptions_waiting_idx').on(t.requestedAt).where(sql`${t.decision} is null`)],
);

/** A partner organisation that may read a dossier; partners see only dossiers shared with them. */
export const dossierShares = pgTable(
  'dossier_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** summary: summary, people, signals and assessment; full: also plan, tasks, notes, timeline */
    scope: text('scope').notNull(),
    /** The consent purpose this share relies on (checked with canHandOver when sharing). */
    purpose: text('purpose').notNull(),
    sharedBy: uuid('shared_by').notNull().references(() => users.id),
    sharedAt: created(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
  },
  (t) => [index('dossier_shares_org_idx').on(t.organisationId), index('dossier_shares_dossier_idx').on(t.dossierId)],
);

/** A handover to police/OM: requested, approved by a second person, then produced. */
export const handovers = pgTable(
  'handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    recipient: text('recipient').notNull(),
    /** consent:<id> or exception:<id>: what made it allowed at request time */
    basis: text('basis').notNull(),
    includesReporterIdentity: boolean('includes_reporter_identity').notNull().default(false),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    requestedAt: created(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    packageSha256: text('package_sha256'),
    producedAt: timestamp('produced_at', { withTimezone: true }),
    policeReference: text('police_reference'),
  },
  // The partial index serves the supervisors' start page: handovers still waiting for a second person.
  (t) => [index('handovers_dossier_idx').on(t.dossierId), index('handovers_waiting_idx').on(t.requestedAt).where(sql`${t.approvedBy} is null`)],
);

/** A referral to care, Veilig Thuis, a ZVH or CoMensha, with follow-up and feedback. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    target: text('target').notNull(),
    recipient: text('recipient').notNull(),
    basis: text('basis').notNull(),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    feedback: text('feedback').notNull().default(''),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('referrals_dossier_idx').on(t.dossierId)],
);
