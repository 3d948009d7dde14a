import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Security and custody events. Append-only (a trigger refuses UPDATE and DELETE) and hash-chained:
 * each row's hash covers its own fields and the previous row's hash, so `vangnet verify-audit` finds
 * the first row that was changed or removed.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    /** Staff events only. Never filled for anything a reporter does. */
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** 'sha256' for rows from before the keyed chain (the default fills them), 'hmac-sha256' after. */
    hashAlg: text('hash_alg').$type<'sha256' | 'hmac-sha256'>().notNull().default('sha256'),
  },
  (t) => [index('audit_events_action_idx').on(t.action), index('audit_events_at_idx').on(t.at)],
);

/** Who read which record, when and why. Append-only. */
export const accessLog = pgTable(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id').notNull(),
    userLabel: text('user_label').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    /** view, download, export … */
    action: text('action').notNull(),
    reason: text('reason'),
  },
  (t) => [index('access_log_record_idx').on(t.recordType, t.recordId), index('access_log_user_idx').on(t.userId)],
);

/**
 * Signed cuts of the audit chain (issue 19): before the retention job deletes the oldest events, it
 * writes here, in the same transaction, which event is the last to go (its number and hash), how
 * many go and how many went before, signed with the installation's Ed25519 key. The chain then
 * starts at the newest cut whose signature holds. Append-only; no personal data (numbers and hashes).
 */
export const auditCuts = pgTable('audit_cuts', {
  /** The number of the last event deleted: the chain goes on at seq + 1, whose prev_hash is `hash`. */
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  /** The cut before this one (0: none); deleted = seq - previousSeq. */
  previousSeq: bigint('previous_seq', { mode: 'number' }).notNull(),
  deleted: integer('deleted').notNull(),
  /** Where the keyed (HMAC) chain started, carried over so a plain row after the cut still counts as broken. */
  firstKeyedSeq: bigint('first_keyed_seq', { mode: 'number' }),
  /** The retention boundary: every deleted event was older than this. */
  expiredBefore: timestamp('expired_before', { withTimezone: true, precision: 3 }).notNull(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
  /** Ed25519 over the canonical JSON of the fields above (audit/checkpoints/chain-cut.ts). */
  signature: text('signature').notNull(),
});
