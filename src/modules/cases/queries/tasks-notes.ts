import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../accounts/index.ts';
import { dossierNotes, dossierTasks, } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';
import { bump, type NoteRow } from './shared.ts';

// tasks and notes

export const listTasks = (db: Db, dossierId: string) =>
  db
    .select({ task: dossierTasks, assigneeName: users.name })
    .from(dossierTasks)
    .leftJoin(users, eq(users.id, dossierTasks.assigneeId))
    .where(eq(dossierTasks.dossierId, dossierId))
    .orderBy(asc(dossierTasks.doneAt), asc(dossierTasks.dueOn), asc(dossierTasks.createdAt));

export const countTasks = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(dossierTasks).where(eq(dossierTasks.dossierId, dossierId));
  return row?.n ?? 0;
};

export const insertTask = async (tx: Db, values: typeof dossierTasks.$inferInsert) => {
  const [row] = await tx.insert(dossierTasks).values(values).returning();
  return row!;
};

export const findTask = async (db: Db, dossierId: string, id: string) => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(dossierTasks).where(and(eq(dossierTasks.id, id), eq(dossierTasks.dossierId, dossierId)));
  return row ?? null;
};

export const updateTaskIfVersion = async (tx: Db, dossierId: string, id: string, version: number, values: Partial<typeof dossierTasks.$inferInsert>) => {
  const [row] = await tx
    .update(dossierTasks)
    .set({ ...values, version: sql`version + 1` })
    .where(and(eq(dossierTasks.id, id), eq(dossierTasks.dossierId, dossierId), eq(dossierTasks.version, version)))
    .returning();
  return row ?? null;
};

export const listNotes = (db: Db, dossierId: string) =>
  db
    .select({ note: dossierNotes, authorName: users.name })
    .from(dossierNotes)
    .innerJoin(users, eq(users.id, dossierNotes.authorId))
    .where(eq(dossierNotes.dossierId, dossierId))
    .orderBy(desc(dossierNotes.createdAt));

export const countNotes = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(dossierNotes).where(eq(dossierNotes.dossierId, dossierId));
  return row?.n ?? 0;
};

export const insertNote = async (tx: Db, values: typeof dossierNotes.$inferInsert) => {
  const [row] = await tx.insert(dossierNotes).values(values).returning();
  return row!;
};

export const findNote = async (db: Db, dossierId: string, id: string): Promise<NoteRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(dossierNotes).where(and(eq(dossierNotes.id, id), eq(dossierNotes.dossierId, dossierId)));
  return row ?? null;
};

export const updateNoteIfVersion = async (tx: Db, dossierId: string, id: string, version: number, values: Partial<typeof dossierNotes.$inferInsert>) => {
  const [row] = await tx
    .update(dossierNotes)
    .set({ ...values, ...bump })
    .where(and(eq(dossierNotes.id, id), eq(dossierNotes.dossierId, dossierId), eq(dossierNotes.version, version)))
    .returning();
  return row ?? null;
};
