import { and, desc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { FINISHED_STATUSES } from '../dossier/workflow.ts';
import { dossierAssignees, dossiers, dossierShares, } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';
import { bump, type DossierRow } from './shared.ts';

// dossiers

export const insertDossier = async (tx: Db, values: typeof dossiers.$inferInsert) => {
  const [row] = await tx.insert(dossiers).values(values).returning();
  return row!;
};

export const findDossier = async (db: Db, id: string): Promise<DossierRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id)).limit(1);
  return row ?? null;
};

/** Applies the change only if nobody changed the dossier since `version`; null means "someone did". */
export const updateDossierIfVersion = async (tx: Db, id: string, version: number, values: Partial<typeof dossiers.$inferInsert>) => {
  const [row] = await tx
    .update(dossiers)
    .set({ ...values, ...bump })
    .where(and(eq(dossiers.id, id), eq(dossiers.version, version)))
    .returning();
  return row ?? null;
};

export const updateSummaryIfVersion = async (tx: Db, id: string, summaryVersion: number, values: { suspicion: string; summary: string }) => {
  const [row] = await tx
    .update(dossiers)
    .set({ ...values, summaryVersion: sql`summary_version + 1`, updatedAt: sql`now()` })
    .where(and(eq(dossiers.id, id), eq(dossiers.summaryVersion, summaryVersion)))
    .returning();
  return row ?? null;
};

export const touchDossier = (tx: Db, id: string) => tx.update(dossiers).set({ updatedAt: sql`now()` }).where(eq(dossiers.id, id));

export const listColumns = {
  id: dossiers.id,
  title: dossiers.title,
  priority: dossiers.priority,
  status: dossiers.status,
  updatedAt: dossiers.updatedAt,
};

export const listAssignedDossiers = (db: Db, userId: string, limit: number) =>
  db
    .select(listColumns)
    .from(dossiers)
    .innerJoin(dossierAssignees, eq(dossierAssignees.dossierId, dossiers.id))
    .where(eq(dossierAssignees.userId, userId))
    .orderBy(desc(dossiers.updatedAt))
    .limit(limit);

export const listAllDossiers = (db: Db, limit: number) => db.select(listColumns).from(dossiers).orderBy(desc(dossiers.updatedAt)).limit(limit);

export const listSharedDossiers = (db: Db, organisationId: string, limit: number) =>
  db
    .selectDistinct(listColumns)
    .from(dossiers)
    .innerJoin(dossierShares, eq(dossierShares.dossierId, dossiers.id))
    .where(and(eq(dossierShares.organisationId, organisationId), isNull(dossierShares.revokedAt)))
    .orderBy(desc(dossiers.updatedAt))
    .limit(limit);


/**
 * Open dossiers one user may change, newest first: every open dossier for a supervisor, the open
 * dossiers the user is assigned to otherwise. Same rule as requireDossierAccess with write: true.
 */
export const listChangeableOpenDossiers = (db: Db, scope: { userId: string; all: boolean }, limit: number) => {
  const columns = { id: dossiers.id, title: dossiers.title, status: dossiers.status, createdAt: dossiers.createdAt };
  const open = notInArray(dossiers.status, [...FINISHED_STATUSES]);
  if (scope.all) return db.select(columns).from(dossiers).where(open).orderBy(desc(dossiers.createdAt)).limit(limit);

  return db
    .select(columns)
    .from(dossiers)
    .innerJoin(dossierAssignees, eq(dossierAssignees.dossierId, dossiers.id))
    .where(and(open, eq(dossierAssignees.userId, scope.userId)))
    .orderBy(desc(dossiers.createdAt))
    .limit(limit);
};
