import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { signals, subjectMerges, subjects } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';
import { bump, type SubjectRow } from './shared.ts';

// subjects

export const listSubjects = (db: Db, dossierId: string) => db.select().from(subjects).where(eq(subjects.dossierId, dossierId)).orderBy(asc(subjects.createdAt));

export const countSubjects = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(subjects).where(eq(subjects.dossierId, dossierId));
  return row?.n ?? 0;
};

export const findSubject = async (db: Db, dossierId: string, id: string): Promise<SubjectRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(subjects).where(and(eq(subjects.id, id), eq(subjects.dossierId, dossierId)));
  return row ?? null;
};

export const insertSubject = async (tx: Db, values: typeof subjects.$inferInsert) => {
  const [row] = await tx.insert(subjects).values(values).returning();
  return row!;
};

export const updateSubjectIfVersion = async (tx: Db, dossierId: string, id: string, version: number, values: Partial<typeof subjects.$inferInsert>) => {
  const [row] = await tx
    .update(subjects)
    .set({ ...values, ...bump })
    .where(and(eq(subjects.id, id), eq(subjects.dossierId, dossierId), eq(subjects.version, version), isNull(subjects.mergedInto)))
    .returning();
  return row ?? null;
};

export const insertMerge = (tx: Db, values: typeof subjectMerges.$inferInsert) => tx.insert(subjectMerges).values(values);

/** Signals of the merged person now belong to the person that is kept. */
export const moveSignals = (tx: Db, fromSubject: string, toSubject: string) => tx.update(signals).set({ subjectId: toSubject }).where(eq(signals.subjectId, fromSubject));
