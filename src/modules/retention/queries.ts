import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { users } from '../accounts/index.ts';
import { legalHolds, retentionBatches, retentionRuns, retentionSettings } from './schema.ts';

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

export const insertBatch = (tx: Db, values: typeof retentionBatches.$inferInsert) => tx.insert(retentionBatches).values(values);

/** The newest deletion records, for the page. */
export const selectRecentBatches = (db: Db, limit: number) => db.select().from(retentionBatches).orderBy(desc(retentionBatches.id)).limit(limit);

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
