import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/index.ts';
import { dossiers } from '../cases/index.ts';

/**
 * The retention schedule as the privacy officer set it: one row per change, never updated. Version
 * N of a rule is its N-th change; a rule without rows keeps the module's defaults (version 0).
 */
export const retentionSettings = pgTable(
  'retention_settings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ruleKey: text('rule_key').notNull(),
    version: integer('version').notNull(),
    days: integer('days').notNull(),
    /** delete, anonymise or review */
    action: text('action').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** Why the privacy officer changed it, in their words. */
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('retention_settings_rule_version_uq').on(t.ruleKey, t.version)],
);

/** One run of the retention job (nightly, from the page or from the CLI). Dry runs are not stored. */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** job, page or cli */
    startedBy: text('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** A rule that failed stops only that rule; the run says so. */
    failed: boolean('failed').notNull().default(false),
  },
  (t) => [index('retention_runs_started_idx').on(t.startedAt)],
);

/**
 * The deletion record: one row per batch, written in the batch's own transaction, so a batch is
 * either done and recorded or neither. What kind, how many, under which rule version — never content.
 */
export const retentionBatches = pgTable(
  'retention_batches',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => retentionRuns.id),
    ruleKey: text('rule_key').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    action: text('action').notNull(),
    days: integer('days').notNull(),
    count: integer('count').notNull(),
    expiredBefore: timestamp('expired_before', { withTimezone: true }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('retention_batches_run_idx').on(t.runId), index('retention_batches_at_idx').on(t.at)],
);

/**
 * A legal hold on a dossier (handed over to the police, proceedings running): while it is not
 * lifted, no retention rule deletes the dossier or anything that follows it. Lifting keeps the row.
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    reason: text('reason').notNull(),
    /** When someone must look again whether the hold is still needed (a day, YYYY-MM-DD). */
    reviewOn: text('review_on').notNull(),
    placedBy: uuid('placed_by')
      .notNull()
      .references(() => users.id),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    liftedBy: uuid('lifted_by').references(() => users.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftReason: text('lift_reason'),
  },
  (t) => [index('legal_holds_dossier_idx').on(t.dossierId), index('legal_holds_open_idx').on(t.liftedAt)],
);

/**
 * Files of records a batch deleted (evidence, handover packages), written in the batch's own
 * transaction and removed from disk once it committed. A run killed in between finds them here and
 * deletes them at its next start: a record is never half gone (rows gone, file left) for long, and
 * never gone twice. Paths are relative to the data folder and hold no content.
 */
export const retentionPendingFiles = pgTable('retention_pending_files', {
  path: text('path').primaryKey(),
  ruleKey: text('rule_key').notNull(),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
});

/**
 * The dashboard counts of deleted records (statistics survive as counts, DESIGN §4): before a batch
 * deletes, the job takes every module's figures, and after it the same again, in the same
 * transaction; the difference per figure, municipality and month lands here. The figures read the
 * live tables plus these rows, so a figure is the same after a run as before. Counts only.
 */
export const retentionCounts = pgTable(
  'retention_counts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: bigint('batch_id', { mode: 'number' })
      .notNull()
      .references(() => retentionBatches.id),
    module: text('module').notNull(),
    figureKey: text('figure_key').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    /** The figure's partOf (a split of another figure), so a figure only kept here still adds up. */
    partOf: jsonb('part_of').$type<{ key: string; split: string; exhaustive: boolean }>(),
    /** CBS code or 'onbekend'. */
    municipality: text('municipality').notNull(),
    /** YYYY-MM (Europe/Amsterdam), as the figures count. */
    month: text('month').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [index('retention_counts_figure_idx').on(t.figureKey, t.month)],
);
