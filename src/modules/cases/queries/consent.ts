import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { consentExceptions, consents, dossiers } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';
import type { ExceptionRow } from './shared.ts';

// consent and exceptions

export const listConsents = (db: Db, dossierId: string) => db.select().from(consents).where(eq(consents.dossierId, dossierId)).orderBy(asc(consents.recordedAt));

export const insertConsent = async (tx: Db, values: typeof consents.$inferInsert) => {
  const [row] = await tx.insert(consents).values(values).returning();
  return row!;
};

/** Withdrawal fills in who and when; the consent itself stays readable (hard rule 3). */
export const withdrawConsentRow = async (tx: Db, dossierId: string, id: string, by: string, note: string) => {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .update(consents)
    .set({ withdrawnAt: sql`now()`, withdrawnBy: by, withdrawalNote: note })
    .where(and(eq(consents.id, id), eq(consents.dossierId, dossierId), isNull(consents.withdrawnAt)))
    .returning();
  return row ?? null;
};

export const listExceptions = (db: Db, dossierId: string) =>
  db.select().from(consentExceptions).where(eq(consentExceptions.dossierId, dossierId)).orderBy(asc(consentExceptions.requestedAt));

export const insertException = async (tx: Db, values: typeof consentExceptions.$inferInsert) => {
  const [row] = await tx.insert(consentExceptions).values(values).returning();
  return row!;
};

export const findException = async (db: Db, dossierId: string, id: string): Promise<ExceptionRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(consentExceptions).where(and(eq(consentExceptions.id, id), eq(consentExceptions.dossierId, dossierId)));
  return row ?? null;
};

/** Decides a waiting exception once; a second decision finds no row. */
export const decideExceptionRow = async (tx: Db, id: string, values: { decision: string; decisionNote: string; decidedBy: string }) => {
  const [row] = await tx
    .update(consentExceptions)
    .set({ ...values, decidedAt: sql`now()` })
    .where(and(eq(consentExceptions.id, id), isNull(consentExceptions.decision)))
    .returning();
  return row ?? null;
};

/**
 * Exceptions still waiting for a decision, newest first, leaving out the ones this user asked for
 * (four eyes). For the supervisors' start page: at most cap + 1 rows.
 */
export const listWaitingExceptions = (db: Db, q: { notRequestedBy: string; cap: number }) =>
  db
    .select({ id: consentExceptions.id, dossierId: consentExceptions.dossierId, title: dossiers.title })
    .from(consentExceptions)
    .innerJoin(dossiers, eq(dossiers.id, consentExceptions.dossierId))
    .where(and(isNull(consentExceptions.decision), ne(consentExceptions.requestedBy, q.notRequestedBy)))
    .orderBy(desc(consentExceptions.requestedAt))
    .limit(q.cap + 1);
