import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accessLog, auditEvents } from './schema.ts';

// All SQL of the audit domain.

/** A fixed advisory-lock key: appends to the chain happen one at a time, also across processes. */
const AUDIT_LOCK_KEY = 7_243_001;

export const lockAuditChain = (tx: Db) => tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);

export const findChainTail = async (tx: Db) => {
  const [row] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);

  return row ?? null;
};

export const insertAuditEvent = (tx: Db, row: typeof auditEvents.$inferInsert) => tx.insert(auditEvents).values(row);

export const readAuditBatch = (db: Db, afterSeq: number, limit: number) =>
  db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.seq} > ${afterSeq}`)
    .orderBy(auditEvents.seq)
    .limit(limit);

export type LogFilter = { from?: Date; to?: Date; userId?: string; action?: string; recordType?: string; recordId?: string };

export const listAuditEvents = (db: Db, f: LogFilter, limit: number, offset: number) => {
  const where: SQL[] = [];
  if (f.from) where.push(gte(auditEvents.at, f.from));
  if (f.to) where.push(lte(auditEvents.at, f.to));
  if (f.userId) where.push(eq(auditEvents.actorUserId, f.userId));
  if (f.action) where.push(eq(auditEvents.action, f.action));
  if (f.recordType) where.push(eq(auditEvents.targetType, f.recordType));
  if (f.recordId) where.push(eq(auditEvents.targetId, f.recordId));

  return db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(limit)
    .offset(offset);
};

export const insertAccess = (db: Db, row: typeof accessLog.$inferInsert) => db.insert(accessLog).values(row);

export const listAccess = (db: Db, f: LogFilter, limit: number, offset: number) => {
  const where: SQL[] = [];
  if (f.from) where.push(gte(accessLog.at, f.from));
  if (f.to) where.push(lte(accessLog.at, f.to));
  if (f.userId) where.push(eq(accessLog.userId, f.userId));
  if (f.action) where.push(eq(accessLog.action, f.action));
  if (f.recordType) where.push(eq(accessLog.recordType, f.recordType));
  if (f.recordId) where.push(eq(accessLog.recordId, f.recordId));

  return db
    .select()
    .from(accessLog)
    .where(and(...where))
    .orderBy(desc(accessLog.id))
    .limit(limit)
    .offset(offset);
};
