import { and, desc, eq, gte, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyGovernance } from '../schema.ts';

// The programme's governance records and the one valid today. (queries/: all SQL of the decoy module, one file per section.)

export type GovernanceRow = typeof decoyGovernance.$inferSelect;

export const insertGovernance = async (db: Db, row: typeof decoyGovernance.$inferInsert): Promise<GovernanceRow> => {
  const [r] = await db.insert(decoyGovernance).values(row).returning();
  return r as GovernanceRow;
};

export const selectGovernance = async (db: Db, id: string): Promise<GovernanceRow | null> => {
  const [r] = await db.select().from(decoyGovernance).where(eq(decoyGovernance.id, id));
  return r ?? null;
};

export const selectGovernanceRecords = (db: Db): Promise<GovernanceRow[]> => db.select().from(decoyGovernance).orderBy(desc(decoyGovernance.recordedAt)).limit(50);

/** The approved record that is valid on `day` (YYYY-MM-DD), newest first. */
export const selectValidGovernance = async (db: Db, day: string): Promise<GovernanceRow | null> => {
  const [r] = await db
    .select()
    .from(decoyGovernance)
    .where(and(isNotNull(decoyGovernance.approvedAt), gte(decoyGovernance.validUntil, day)))
    .orderBy(desc(decoyGovernance.approvedAt))
    .limit(1);
  return r ?? null;
};

export const approveGovernanceRow = async (db: Db, id: string, set: { approvedBy: string; approvedAt: Date; approvalReason: string }) => {
  const [r] = await db.update(decoyGovernance).set(set).where(and(eq(decoyGovernance.id, id), isNull(decoyGovernance.approvedAt))).returning();
  return r ?? null;
};

export const countGovernanceAwaiting = async (db: Db, notBy: string, cap: number): Promise<number> => {
  const rows = await db.select({ id: decoyGovernance.id }).from(decoyGovernance).where(and(isNull(decoyGovernance.approvedAt), ne(decoyGovernance.recordedBy, notBy))).limit(cap + 1);
  return rows.length;
};
