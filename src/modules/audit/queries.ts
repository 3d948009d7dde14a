import { and, desc, eq, gte, ilike, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accessLog, auditCuts, auditEvents } from './schema.ts';

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

// Retention of the logs (issue 19): the signed cuts, the oldest events up to a boundary, the deletion.

/** Every cut, newest first (there are few: at most one per retention batch). */
export const selectCuts = (db: Db) => db.select().from(auditCuts).orderBy(desc(auditCuts.seq));

export const insertCut = (tx: Db, row: typeof auditCuts.$inferInsert) => tx.insert(auditCuts).values(row);

/**
 * The oldest events after `afterSeq` that a cut may take: a run from the start of the chain up to
 * (not including) the first event at or after `expiredBefore`, never the newest event (the next
 * append links to it), at most `limit`. A later event with an older time does not go before the
 * ones ahead of it: the chain is cut only at its start.
 */
export const selectCutCandidates = (db: Db, o: { afterSeq: number; expiredBefore: Date; heldDossiers: readonly string[]; limit: number }) => {
  // An event about a held dossier (legal hold) stops the cut there, like an event that has not expired.
  const held = o.heldDossiers.length > 0 ? sql` or (target_type = 'dossier' and target_id in (${sql.join(o.heldDossiers.map((id) => sql`${id}`), sql`, `)}))` : sql``;
  return db
    .select()
    .from(auditEvents)
    .where(
      sql`${auditEvents.seq} > ${o.afterSeq}
        and ${auditEvents.seq} < (select max(seq) from audit_events)
        and ${auditEvents.seq} < coalesce((select min(seq) from audit_events where seq > ${o.afterSeq} and (at >= ${o.expiredBefore}${held})), 9223372036854775807)`,
    )
    .orderBy(auditEvents.seq)
    .limit(o.limit);
};

/** The held dossiers with expired events that stay because of the hold (for the run to name them). */
export const selectHeldWithExpiredEvents = async (db: Db, o: { afterSeq: number; expiredBefore: Date; heldDossiers: readonly string[] }): Promise<string[]> => {
  if (o.heldDossiers.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: auditEvents.targetId })
    .from(auditEvents)
    .where(and(sql`${auditEvents.seq} > ${o.afterSeq}`, lt(auditEvents.at, o.expiredBefore), eq(auditEvents.targetType, 'dossier'), inArray(auditEvents.targetId, [...o.heldDossiers])));
  return rows.map((r) => r.id).filter((id): id is string => id !== null);
};

/** Says, for this transaction only, that the retention job deletes (the append-only triggers let it: migration 0033). */
export const allowRetentionDelete = (tx: Db) => tx.execute(sql`SELECT set_config('vangnet.retention_delete', 'on', true)`);

/** Deletes the events after the previous cut up to and including the new cut (the trigger checks the cut exists). */
export const deleteEventsThrough = async (tx: Db, afterSeq: number, seq: number): Promise<number> =>
  (await tx.delete(auditEvents).where(sql`${auditEvents.seq} > ${afterSeq} and ${auditEvents.seq} <= ${seq}`).returning({ seq: auditEvents.seq })).length;

/** Access-log lines older than the boundary, oldest first, at most `limit`: counted (dry run) or deleted. */
type OldAccess = { expiredBefore: Date; heldDossiers: readonly string[]; limit: number };

/** Lines about a held dossier (legal hold) stay. */
const oldAccess = (db: Db, o: OldAccess) => {
  const notHeld = o.heldDossiers.length > 0 ? sql`not (${accessLog.recordType} = 'dossier' and ${inArray(accessLog.recordId, [...o.heldDossiers])})` : undefined;
  return db.select({ id: accessLog.id }).from(accessLog).where(and(lt(accessLog.at, o.expiredBefore), notHeld)).orderBy(accessLog.id).limit(o.limit);
};

export const countOldAccess = async (db: Db, o: OldAccess): Promise<number> => (await oldAccess(db, o)).length;

export const deleteOldAccess = async (tx: Db, o: OldAccess): Promise<number> =>
  (await tx.delete(accessLog).where(inArray(accessLog.id, oldAccess(tx, o))).returning({ id: accessLog.id })).length;

/** The held dossiers with access-log lines past the period (kept because of the hold). */
export const selectHeldWithOldAccess = async (db: Db, o: Omit<OldAccess, 'limit'>): Promise<string[]> => {
  if (o.heldDossiers.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: accessLog.recordId })
    .from(accessLog)
    .where(and(lt(accessLog.at, o.expiredBefore), eq(accessLog.recordType, 'dossier'), inArray(accessLog.recordId, [...o.heldDossiers])));
  return rows.map((r) => r.id);
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
