import { and, desc, eq, gte, ilike, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
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

export const readAuditRow = async (db: Db, seq: number) => {
  const [row] = await db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.seq, seq)).limit(1);

  return row ?? null;
};

export const readAuditBatch = (db: Db, afterSeq: number, limit: number) =>
  db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.seq} > ${afterSeq}`)
    .orderBy(auditEvents.seq)
    .limit(limit);

/**
 * Filters of the privacy officer's log views. Text filters are already checked for length; `user` and
 * `action` match the start or part of a value, the record filters match exactly.
 */
export type AuditFilter = { from?: Date; until?: Date; user?: string; action?: string; targetType?: string; targetId?: string };
export type AccessFilter = { from?: Date; until?: Date; user?: string; action?: string; recordType?: string; recordId?: string };

/** Makes user text safe inside LIKE: % and _ match themselves, not "anything". */
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (value: string) => `%${likeEscape(value)}%`;
const startsWith = (value: string) => `${likeEscape(value)}%`;

// The filter field says "e-mailadres of naam": a log row keeps one label (the access log the name,
// the audit log mostly the e-mail address), so the other one is looked up in the staff users. A
// read-only look at the accounts table by name, without importing the accounts module (it imports audit).
const usersMatching = (value: string): SQL =>
  sql`(select u.id from users u where u.email ilike ${contains(value)} or u.name ilike ${contains(value)})`;

const auditWhere = (f: AuditFilter): SQL | undefined => {
  const where: SQL[] = [];
  if (f.from) where.push(gte(auditEvents.at, f.from));
  if (f.until) where.push(lt(auditEvents.at, f.until));
  if (f.user) where.push(or(ilike(auditEvents.actorLabel, contains(f.user)), inArray(auditEvents.actorUserId, usersMatching(f.user))) as SQL);
  if (f.action) where.push(like(auditEvents.action, startsWith(f.action)));
  if (f.targetType) where.push(eq(auditEvents.targetType, f.targetType));
  if (f.targetId) where.push(eq(auditEvents.targetId, f.targetId));

  return and(...where);
};

/** Newest first. Asks for one row more than `limit`, so the caller knows whether a next page exists. */
export const listAuditEvents = (db: Db, f: AuditFilter, limit: number, offset: number) =>
  db
    .select()
    .from(auditEvents)
    .where(auditWhere(f))
    .orderBy(desc(auditEvents.seq))
    .limit(limit + 1)
    .offset(offset);

export const insertAccess = (db: Db, row: typeof accessLog.$inferInsert) => db.insert(accessLog).values(row);

const accessWhere = (f: AccessFilter): SQL | undefined => {
  const where: SQL[] = [];
  if (f.from) where.push(gte(accessLog.at, f.from));
  if (f.until) where.push(lt(accessLog.at, f.until));
  if (f.user) where.push(or(ilike(accessLog.userLabel, contains(f.user)), inArray(accessLog.userId, usersMatching(f.user))) as SQL);
  if (f.action) where.push(eq(accessLog.action, f.action));
  if (f.recordType) where.push(eq(accessLog.recordType, f.recordType));
  if (f.recordId) where.push(eq(accessLog.recordId, f.recordId));

  return and(...where);
};

/** Newest first, one row more than `limit` (see listAuditEvents). */
export const listAccess = (db: Db, f: AccessFilter, limit: number, offset: number) =>
  db
    .select()
    .from(accessLog)
    .where(accessWhere(f))
    .orderBy(desc(accessLog.id))
    .limit(limit + 1)
    .offset(offset);
