import { bigserial, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
