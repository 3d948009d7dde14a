import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
