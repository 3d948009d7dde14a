import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../accounts/index.ts';

/**
 * The municipality checklist (NJi, seed 002) and what a municipality keeps of it. Figures are never
 * stored here: the dashboards count them from the source records when asked (see figures.ts).
 */

/** One answer to one check question, as kept in drafts and assessment versions. */
export type ChecklistAnswersJson = Record<string, { answer: string; note: string }>;

/**
 * The public checklist while someone fills it in without an account. Keyed by the SHA-256 of a random
 * token in a first-party cookie. Nothing about who fills it in: no IP, no user agent, no name.
 */
export const checklistDrafts = pgTable(
  'checklist_drafts',
  {
    id: text('id').primaryKey(),
    /** The answers, envelope-encrypted (a note may hold anything someone types). */
    dataEnc: text('data_enc').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('checklist_drafts_expires_idx').on(t.expiresAt)],
);

/** Which municipality (CBS code) an organisation of kind municipality is, and the region it works in. */
export const municipalityProfiles = pgTable('municipality_profiles', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  cbsCode: text('cbs_code').notNull().unique(),
  /** A group of municipalities that work together (free name, e.g. "Regio Twente"); '' when none. */
  region: text('region').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One self-assessment per scope (a municipality or a region) and year; its answers are versioned. */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** municipality:<organisation id> or region:<region name> */
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    checklistVersion: text('checklist_version').notNull(),
    /** The newest version number (assessment_versions); 0 before the first save. */
    version: integer('version').notNull().default(0),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assessments_scope_year_uq').on(t.scope, t.year)],
);

/** Every saved state of an assessment: nothing is overwritten, so this year can be compared with the last. */
export const assessmentVersions = pgTable(
  'assessment_versions',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    version: integer('version').notNull(),
    answers: jsonb('answers').$type<ChecklistAnswersJson>().notNull(),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.version] })],
);

/** An action on a check question that needs work: what, who, by when, how far. */
export const assessmentActions = pgTable(
  'assessment_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    questionId: text('question_id').notNull(),
    action: text('action').notNull(),
    /** A role or team ("beleidsadviseur jeugd"), as typed. */
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    /** todo, doing, done */
    status: text('status').notNull().default('todo'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_actions_assessment_idx').on(t.assessmentId)],
);
