import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../accounts/index.ts';
import { subjectRequestDecisions, subjectRequests } from './schema.ts';

// All SQL of the subject-requests domain.

export type RequestRow = typeof subjectRequests.$inferSelect;
export type DecisionRow = typeof subjectRequestDecisions.$inferSelect;

export const insertRequest = async (tx: Db, values: typeof subjectRequests.$inferInsert): Promise<string> => {
  const [row] = await tx.insert(subjectRequests).values(values).returning({ id: subjectRequests.id });
  if (!row) throw new Error('subject request not stored');

  return row.id;
};

export const selectRequest = async (db: Db, id: string): Promise<RequestRow | null> => {
  const [row] = await db.select().from(subjectRequests).where(eq(subjectRequests.id, id)).limit(1);

  return row ?? null;
};

/** Every request, open ones first by deadline, then answered ones newest first (few rows: a handful a year). */
export const selectRequests = (db: Db, limit: number) =>
  db
    .select({
      id: subjectRequests.id,
      kind: subjectRequests.kind,
      receivedOn: subjectRequests.receivedOn,
      deadlineOn: subjectRequests.deadlineOn,
      extendedDeadlineOn: subjectRequests.extendedDeadlineOn,
      extensionToldOn: subjectRequests.extensionToldOn,
      answeredAt: subjectRequests.answeredAt,
    })
    .from(subjectRequests)
    .orderBy(asc(subjectRequests.answeredAt), asc(sql`coalesce(${subjectRequests.extendedDeadlineOn}, ${subjectRequests.deadlineOn})`), desc(subjectRequests.createdAt))
    .limit(limit);

export const insertDecision = (tx: Db, values: typeof subjectRequestDecisions.$inferInsert) => tx.insert(subjectRequestDecisions).values(values);

/** Every decision of a request, oldest first, with who made it; the newest per record counts. */
export const selectDecisions = (db: Db, requestId: string) =>
  db
    .select({
      id: subjectRequestDecisions.id,
      recordType: subjectRequestDecisions.recordType,
      recordId: subjectRequestDecisions.recordId,
      decision: subjectRequestDecisions.decision,
      ground: subjectRequestDecisions.ground,
      noteEnc: subjectRequestDecisions.noteEnc,
      execution: subjectRequestDecisions.execution,
      executionReason: subjectRequestDecisions.executionReason,
      decidedAt: subjectRequestDecisions.decidedAt,
      decidedBy: users.name,
    })
    .from(subjectRequestDecisions)
    .innerJoin(users, eq(users.id, subjectRequestDecisions.decidedBy))
    .where(eq(subjectRequestDecisions.requestId, requestId))
    .orderBy(asc(subjectRequestDecisions.decidedAt), asc(subjectRequestDecisions.id));

/** Extends an open, not yet extended request (two further months); nothing when it was answered or extended already. */
export const setExtension = (tx: Db, id: string, values: { extendedDeadlineOn: string; extensionReasonEnc: string; extendedAt: Date; extendedBy: string }) =>
  tx
    .update(subjectRequests)
    .set(values)
    .where(and(eq(subjectRequests.id, id), isNull(subjectRequests.answeredAt), isNull(subjectRequests.extendedDeadlineOn)))
    .returning({ id: subjectRequests.id });

/** Records the day the person was told of the extension, once. */
export const setExtensionTold = (tx: Db, id: string, day: string) =>
  tx
    .update(subjectRequests)
    .set({ extensionToldOn: day })
    .where(and(eq(subjectRequests.id, id), isNotNull(subjectRequests.extendedDeadlineOn), isNull(subjectRequests.extensionToldOn)))
    .returning({ id: subjectRequests.id });

/** Sets the answer day once: the first answer counts for the deadline. */
export const markAnswered = (tx: Db, id: string, at: Date) =>
  tx
    .update(subjectRequests)
    .set({ answeredAt: at })
    .where(and(eq(subjectRequests.id, id), isNull(subjectRequests.answeredAt)))
    .returning({ id: subjectRequests.id });

/** Open requests (no answer yet), counted up to `cap` + 1: the start page's "Voor u" line. */
export const countOpenRequests = async (db: Db, cap: number): Promise<number> => {
  const rows = await db.select({ id: subjectRequests.id }).from(subjectRequests).where(isNull(subjectRequests.answeredAt)).limit(cap + 1);

  return rows.length;
};

/** Answered requests whose first answer lies before `before`, oldest first (the retention rule's batch). */
export const selectAnsweredBefore = (tx: Db, before: Date, limit: number) =>
  tx
    .select({ id: subjectRequests.id })
    .from(subjectRequests)
    .where(lt(subjectRequests.answeredAt, before))
    .orderBy(asc(subjectRequests.answeredAt))
    .limit(limit)
    .for('update', { skipLocked: true });

/** Deletes requests with their decisions (the caller holds the batch's transaction). */
export const deleteRequests = async (tx: Db, ids: string[]) => {
  if (ids.length === 0) return;
  await tx.delete(subjectRequestDecisions).where(inArray(subjectRequestDecisions.requestId, ids));
  await tx.delete(subjectRequests).where(inArray(subjectRequests.id, ids));
};

/** Every encrypted value of the requests (re-wrapped after `vangnet rotate-key`). */
export const selectRequestSecrets = (db: Db) =>
  db.select({ id: subjectRequests.id, subjectEnc: subjectRequests.subjectEnc, extensionReasonEnc: subjectRequests.extensionReasonEnc }).from(subjectRequests);

export const updateRequestSecrets = (db: Db, id: string, values: { subjectEnc: string; extensionReasonEnc: string | null }) =>
  db.update(subjectRequests).set(values).where(eq(subjectRequests.id, id));

/** The decisions' encrypted notes. Re-wrapping changes the envelope only, never the decision. */
export const selectDecisionNoteSecrets = (db: Db) =>
  db.select({ id: subjectRequestDecisions.id, noteEnc: subjectRequestDecisions.noteEnc }).from(subjectRequestDecisions).where(isNotNull(subjectRequestDecisions.noteEnc));

export const updateDecisionNote = (db: Db, id: number, noteEnc: string) => db.update(subjectRequestDecisions).set({ noteEnc }).where(eq(subjectRequestDecisions.id, id));
