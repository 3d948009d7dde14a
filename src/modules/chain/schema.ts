import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../accounts/index.ts';
import { dossiers } from '../cases/index.ts';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A dossier shared with one partner organisation for one purpose, section by section, until an end
 * date (hard rule 3, issue 16 point 1). The basis (consent or approved exception) is checked again on
 * every partner read: a withdrawn consent ends the share at once. Never deleted; stopping fills revoked_*.
 */
export const chainShares = pgTable(
  'chain_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    /** The consent purpose (cases' ConsentPurpose) this share relies on. */
    purpose: text('purpose').notNull(),
    /** What allowed it when it was made: consent:<id>, report_consent:<id> or exception:<id>. */
    basis: text('basis').notNull(),
    /** Why the partner gets it, in the supervisor's words (shown to the partner). */
    reason: text('reason').notNull(),
    /** The sections the partner sees (vocab.ts SHARE_SECTIONS). */
    sections: text('sections').array().notNull(),
    /** Last day (Amsterdam) the partner sees the dossier. */
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    sharedBy: uuid('shared_by').notNull().references(() => users.id),
    sharedAt: created(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
  },
  (t) => [index('chain_shares_org_idx').on(t.organisationId, t.sharedAt), index('chain_shares_dossier_idx').on(t.dossierId)],
);

/** A referral to one partner organisation, moving through workflow.ts. */
export const chainReferrals = pgTable(
  'chain_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    purpose: text('purpose').notNull(),
    basis: text('basis').notNull(),
    /** What the partner is asked to do, written for the partner (no more than needed). */
    question: text('question').notNull(),
    status: text('status').notNull().default('sent'),
    /** The partner's answer (accept or decline) is due by the end of this day (Amsterdam). */
    answerBy: date('answer_by', { mode: 'string' }).notNull(),
    /** Who at the partner owns it once accepted (free text: a name or team). */
    owner: text('owner').notNull().default(''),
    declineReason: text('decline_reason').notNull().default(''),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the partner last changed it, and when the referrer last looked: the start page's "new feedback". */
    partnerChangedAt: timestamp('partner_changed_at', { withTimezone: true }),
    referrerSeenAt: timestamp('referrer_seen_at', { withTimezone: true }),
    /** Set by the reminder job once the answer was late. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('chain_referrals_org_idx').on(t.organisationId, t.status),
    index('chain_referrals_dossier_idx').on(t.dossierId),
    // The reminder job: open referrals past their answer day, not yet reminded.
    index('chain_referrals_waiting_idx').on(t.answerBy).where(sql`${t.status} in ('sent', 'received') and ${t.remindedAt} is null`),
  ],
);

/** Every step of a referral, append-only: the history both sides see. */
export const chainReferralSteps = pgTable(
  'chain_referral_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id').notNull().references(() => chainReferrals.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** The day it happened, as the partner says (feedback steps); else the day it was recorded. */
    onDate: date('on_date', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    actorId: uuid('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    at: created(),
  },
  (t) => [index('chain_referral_steps_referral_idx').on(t.referralId, t.at)],
);

/**
 * Every partner read of a share, with the sections it showed (the dossier's "who saw what, when").
 * The access log gets its own line too (logAccess); this one keeps the sections. Append-only.
 */
export const chainShareReads = pgTable(
  'chain_share_reads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shareId: uuid('share_id').notNull().references(() => chainShares.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    userLabel: text('user_label').notNull(),
    sections: text('sections').array().notNull(),
    at: created(),
  },
  (t) => [index('chain_share_reads_share_idx').on(t.shareId, t.at)],
);
