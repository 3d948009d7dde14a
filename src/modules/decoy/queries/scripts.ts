import { and, asc, desc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyScripts } from '../schema.ts';

// The script library: versions, approval, the usable (approved, not replaced) versions. (queries/: all SQL of the decoy module, one file per section.)

export type ScriptRow = typeof decoyScripts.$inferSelect;

export const insertScriptVersion = async (db: Db, row: typeof decoyScripts.$inferInsert): Promise<ScriptRow> => {
  const [r] = await db.insert(decoyScripts).values(row).returning();
  return r as ScriptRow;
};

export const selectScriptVersion = async (db: Db, id: string): Promise<ScriptRow | null> => {
  const [r] = await db.select().from(decoyScripts).where(eq(decoyScripts.id, id));
  return r ?? null;
};

export const selectScriptVersionByHelpCode = async (db: Db, code: string): Promise<ScriptRow | null> => {
  const [r] = await db.select().from(decoyScripts).where(eq(decoyScripts.helpCode, code));
  return r ?? null;
};

export const selectVersionsOfScript = (db: Db, scriptId: string): Promise<ScriptRow[]> =>
  db.select().from(decoyScripts).where(eq(decoyScripts.scriptId, scriptId)).orderBy(desc(decoyScripts.version));

export const selectAllScriptVersions = (db: Db): Promise<ScriptRow[]> =>
  db.select().from(decoyScripts).orderBy(asc(decoyScripts.kind), asc(decoyScripts.variant), asc(decoyScripts.scriptId), desc(decoyScripts.version)).limit(2000);

/** Versions that may be published or sent: approved, not replaced by a newer approved version. */
export const selectUsableScripts = (db: Db, kinds?: readonly string[]): Promise<ScriptRow[]> =>
  db
    .select()
    .from(decoyScripts)
    .where(and(isNotNull(decoyScripts.approvedAt), isNull(decoyScripts.retiredAt), kinds ? inArray(decoyScripts.kind, [...kinds]) : undefined))
    .orderBy(asc(decoyScripts.kind), asc(decoyScripts.variant), asc(decoyScripts.id));

export const approveScriptVersion = async (db: Db, id: string, set: { approvedBy: string; approvedAt: Date; checkedAbsent: string[]; approvalReason: string }) =>
  db.transaction(async (tx) => {
    const [row] = await tx.update(decoyScripts).set(set).where(and(eq(decoyScripts.id, id), isNull(decoyScripts.approvedAt))).returning();
    if (!row) return null;
    // The newly approved version replaces the older approved ones of the same script.
    await tx
      .update(decoyScripts)
      .set({ retiredAt: set.approvedAt })
      .where(and(eq(decoyScripts.scriptId, row.scriptId), ne(decoyScripts.id, id), isNotNull(decoyScripts.approvedAt), isNull(decoyScripts.retiredAt)));

    return row;
  });

export const countScriptsAwaitingApproval = async (db: Db, notBy: string, cap: number): Promise<number> => {
  const rows = await db
    .select({ id: decoyScripts.id })
    .from(decoyScripts)
    .where(and(isNull(decoyScripts.approvedAt), ne(decoyScripts.createdBy, notBy)))
    .limit(cap + 1);
  return rows.length;
};
