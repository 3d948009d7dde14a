import { and, asc, eq, sql } from 'drizzle-orm';
import { bump } from './shared.ts';
import type { Db } from '../../../db/client.ts';
import { users } from '../../accounts/index.ts';
import { dossierCriteria, dossierPlanSteps, dossierRisks, signals, } from '../schema.ts';

// the assessment rows every dossier has

export const insertAssessmentRows = async (tx: Db, dossierId: string, criteria: readonly string[], steps: readonly number[], risks: readonly string[]) => {
  await tx.insert(dossierCriteria).values(criteria.map((criterion) => ({ dossierId, criterion })));
  await tx.insert(dossierPlanSteps).values(steps.map((step) => ({ dossierId, step })));
  await tx.insert(dossierRisks).values(risks.map((risk) => ({ dossierId, risk })));
};

export const listCriteria = (db: Db, dossierId: string) => db.select().from(dossierCriteria).where(eq(dossierCriteria.dossierId, dossierId));
export const listPlanSteps = (db: Db, dossierId: string) =>
  db.select().from(dossierPlanSteps).where(eq(dossierPlanSteps.dossierId, dossierId)).orderBy(asc(dossierPlanSteps.step));
export const listRisks = (db: Db, dossierId: string) => db.select().from(dossierRisks).where(eq(dossierRisks.dossierId, dossierId));

export const updateCriterionIfVersion = async (tx: Db, dossierId: string, criterion: string, version: number, values: Partial<typeof dossierCriteria.$inferInsert>) => {
  const [row] = await tx
    .update(dossierCriteria)
    .set({ ...values, ...bump })
    .where(and(eq(dossierCriteria.dossierId, dossierId), eq(dossierCriteria.criterion, criterion), eq(dossierCriteria.version, version)))
    .returning();
  return row ?? null;
};

export const updatePlanStepIfVersion = async (tx: Db, dossierId: string, step: number, version: number, values: Partial<typeof dossierPlanSteps.$inferInsert>) => {
  const [row] = await tx
    .update(dossierPlanSteps)
    .set({ ...values, ...bump })
    .where(and(eq(dossierPlanSteps.dossierId, dossierId), eq(dossierPlanSteps.step, step), eq(dossierPlanSteps.version, version)))
    .returning();
  return row ?? null;
};

export const updateRiskIfVersion = async (tx: Db, dossierId: string, risk: string, version: number, values: Partial<typeof dossierRisks.$inferInsert>) => {
  const [row] = await tx
    .update(dossierRisks)
    .set({ ...values, ...bump })
    .where(and(eq(dossierRisks.dossierId, dossierId), eq(dossierRisks.risk, risk), eq(dossierRisks.version, version)))
    .returning();
  return row ?? null;
};

// signals

export const listSignals = (db: Db, dossierId: string) =>
  db
    .select({ signal: signals, recordedByName: users.name })
    .from(signals)
    .innerJoin(users, eq(users.id, signals.recordedBy))
    .where(eq(signals.dossierId, dossierId))
    .orderBy(asc(signals.category), asc(signals.createdAt));

export const countSignals = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(signals).where(eq(signals.dossierId, dossierId));
  return row?.n ?? 0;
};

export const insertSignal = async (tx: Db, values: typeof signals.$inferInsert) => {
  const [row] = await tx.insert(signals).values(values).returning();
  return row!;
};
