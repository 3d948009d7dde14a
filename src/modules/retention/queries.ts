import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { users } from '../accounts/index.ts';
import { legalHolds, retentionBatches, retentionCounts, retentionPendingFiles, retentionRuns, retentionSettings } from './schema.ts';

// All SQL of the retention domain.

export type SettingRow = typeof retentionSettings.$inferSelect;
export type BatchRow = typeof retentionBatches.$inferSelect;

/** The newest version of every rule that the privacy officer changed (few rows: one per change). */
export const selectCurrentSettings = async (db: Db): Promise<SettingRow[]> => {
  const rows = await db.select().from(retentionSettings).orderBy(retentionSettings.ruleKey, desc(retentionSettings.version));
  const newest = new Map<string, SettingRow>();
  for (const r of rows) if (!newest.has(r.ruleKey)) newest.set(r.ruleKey, r);

  return [...newest.values()];
};

/** Every version of one rule, newest first, with the name of who changed it. */
export const selectSettingHistory = (db: Db, ruleKey: string) =>
  db
    .select({ version: retentionSettings.version, days: retentionSettings.days, action: retentionSettings.action, legalBasis: retentionSettings.legalBasis, reason: retentionSettings.reason, changedAt: retentionSettings.changedAt, changedBy: users.name })
    .from(retentionSettings)
    .innerJoin(users, eq(users.id, retentionSettings.changedBy))
    .where(eq(retentionSettings.ruleKey, ruleKey))
    .orderBy(desc(retentionSettings.version));

/** The newest version number of one rule, locked, so two changes at once get different numbers. */
export const lockNewestVersion = async (tx: Db, ruleKey: string): Promise<number> => {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`retention:${ruleKey}`}))`);
  const [row] = await tx.select({ v: sql<number>`coalesce(max(${retentionSettings.version}), 0)::int` }).from(retentionSettings).where(eq(retentionSettings.ruleKey, ruleKey));

  return row?.v ?? 0;
};

export const insertSetting = (tx: Db, values: typeof retentionSettings.$inferInsert) => tx.insert(retentionSettings).values(values);

export const insertRun = async (db: Db, values: typeof retentionRuns.$inferInsert): Promise<string> => {
  const [row] = await db.insert(retentionRuns).values(values).returning({ id: retentionRuns.id });
  if (!row) throw new Error('retention run not stored');

  return row.id;
};

export const finishRun = (db: Db, id: string, values: { finishedAt: Date; failed: boolean }) => db.update(retentionRuns).set(values).where(eq(retentionRuns.id, id));

export const insertBatch = async (tx: Db, values: typeof retentionBatches.$inferInsert): Promise<number> => {
  const [row] = await tx.insert(retentionBatches).values(values).returning({ id: retentionBatches.id });
  if (!row) throw new Error('retention batch not stored');

  return row.id;
};

// ---- files of deleted records, removed once their batch committed

export const insertPendingFiles = async (tx: Db, ruleKey: string, paths: string[], at: Date) => {
  if (paths.length === 0) return;
  await tx
    .insert(retentionPendingFiles)
    .values(paths.map((path) => ({ path, ruleKey, addedAt: at })))
    .onConflictDoNothing();
};

export const selectPendingFiles = (db: Db, limit: number) => db.select({ path: retentionPendingFiles.path }).from(retentionPendingFiles).orderBy(retentionPendingFiles.addedAt).limit(limit);

export const deletePendingFiles = (db: Db, paths: string[]) => db.delete(retentionPendingFiles).where(inArray(retentionPendingFiles.path, paths));

// ---- the dashboard counts of deleted records

export const insertCounts = async (tx: Db, batchId: number, cells: Omit<typeof retentionCounts.$inferInsert, 'batchId' | 'id'>[]) => {
  if (cells.length === 0) return;
  await tx.insert(retentionCounts).values(cells.map((c) => ({ ...c, batchId })));
};

/** The kept counts of a period (months YYYY-MM, both ends included), optionally of one municipality. */
export const selectCounts = (db: Db, q: { fromMonth: string; toMonth: string; municipality?: string }) =>
  db
    .select({
      module: retentionCounts.module,
      figureKey: retentionCounts.figureKey,
      labelNl: retentionCounts.labelNl,
      labelEn: retentionCounts.labelEn,
      partOf: retentionCounts.partOf,
      municipality: retentionCounts.municipality,
      month: retentionCounts.month,
      n: sql<number>`sum(${retentionCounts.n})::int`,
    })
    .from(retentionCounts)
    .where(and(gte(retentionCounts.month, q.fromMonth), lte(retentionCounts.month, q.toMonth), q.municipality ? eq(retentionCounts.municipality, q.municipality) : isNotNull(retentionCounts.municipality)))
    .groupBy(retentionCounts.module, retentionCounts.figureKey, retentionCounts.labelNl, retentionCounts.labelEn, retentionCounts.partOf, retentionCounts.municipality, retentionCounts.month);

/** The newest deletion records, for the page. */
export const selectRecentBatches = (db: Db, limit: number) => db.select().from(retentionBatches).orderBy(desc(retentionBatches.id)).limit(limit);

/** A dossier that goes takes its lifted holds (an open hold keeps the dossier); their audit events stay. */
export const deleteHoldsOfDossiers = (tx: Db, dossierIds: string[]) => tx.delete(legalHolds).where(inArray(legalHolds.dossierId, dossierIds));

/** The dossiers under a legal hold that is not lifted. */
export const selectHeldDossierIds = async (db: Db): Promise<string[]> => {
  const rows = await db.selectDistinct({ id: legalHolds.dossierId }).from(legalHolds).where(isNull(legalHolds.liftedAt));

  return rows.map((r) => r.id);
};

export const selectBatchTotals = (db: Db, runId: string) =>
  db
    .select({ ruleKey: retentionBatches.ruleKey, count: sql<number>`sum(${retentionBatches.count})::int`, batches: sql<number>`count(*)::int` })
    .from(retentionBatches)
    .where(eq(retentionBatches.runId, runId))
    .groupBy(retentionBatches.ruleKey);

// ---- legal holds

export type HoldRow = typeof legalHolds.$inferSelect;

export const insertHold = async (tx: Db, values: typeof legalHolds.$inferInsert): Promise<string> => {
  const [row] = await tx.insert(legalHolds).values(values).returning({ id: legalHolds.id });
  if (!row) throw new Error('legal hold not stored');
  return row.id;
};

export const findOpenHold = async (db: Db, id: string): Promise<HoldRow | null> => {
  const [row] = await db.select().from(legalHolds).where(and(eq(legalHolds.id, id), isNull(legalHolds.liftedAt))).limit(1);
  return row ?? null;
};

/** Lifting keeps the row: who placed it, why, and who lifted it and why stay readable. */
export const liftHold = (tx: Db, id: string, values: { liftedBy: string; liftedAt: Date; liftReason: string }) =>
  tx.update(legalHolds).set(values).where(and(eq(legalHolds.id, id), isNull(legalHolds.liftedAt))).returning({ id: legalHolds.id });

/** Every hold, open ones first, with the names of who placed and lifted it. */
export const selectHolds = async (db: Db) => {
  const lifter = alias(users, 'lifter');
  return db
    .select({
      id: legalHolds.id,
      dossierId: legalHolds.dossierId,
      reason: legalHolds.reason,
      reviewOn: legalHolds.reviewOn,
      placedAt: legalHolds.placedAt,
      placedBy: users.name,
      liftedAt: legalHolds.liftedAt,
      liftedBy: lifter.name,
      liftReason: legalHolds.liftReason,
    })
    .from(legalHolds)
    .innerJoin(users, eq(users.id, legalHolds.placedBy))
    .leftJoin(lifter, eq(lifter.id, legalHolds.liftedBy))
    .orderBy(sql`${legalHolds.liftedAt} is not null`, legalHolds.reviewOn, desc(legalHolds.placedAt))
    .limit(500);
};
