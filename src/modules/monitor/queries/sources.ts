import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { type ads, monitorSources } from '../schema.ts';

// Sources (registered ad sites).

export type SourceRow = typeof monitorSources.$inferSelect;
export type AdRow = typeof ads.$inferSelect;
export type NewSource = typeof monitorSources.$inferInsert;

export const insertSource = async (db: Db, source: NewSource): Promise<SourceRow> => {
  const [row] = await db.insert(monitorSources).values(source).returning();
  return row as SourceRow;
};

export const selectSource = async (db: Db, id: string): Promise<SourceRow | null> => {
  const [row] = await db.select().from(monitorSources).where(eq(monitorSources.id, id));
  return row ?? null;
};

export const selectSources = (db: Db): Promise<SourceRow[]> => db.select().from(monitorSources).orderBy(monitorSources.name);

export const markSourceCrawled = async (db: Db, id: string, at: Date): Promise<void> => {
  await db.update(monitorSources).set({ lastCrawlAt: at }).where(eq(monitorSources.id, id));
};

export const approveRobotsOverride = async (db: Db, id: string, basis: string, supervisorId: string): Promise<void> => {
  await db
    .update(monitorSources)
    .set({ robotsOverride: true, robotsOverrideBasis: basis, robotsOverrideApprovedBy: supervisorId, robotsOverrideApprovedAt: new Date() })
    .where(eq(monitorSources.id, id));
};

/**
 * Saves an edit only if nobody saved since the editor loaded the form (optimistic concurrency):
 * null when the version moved on.
 */
export const updateSourceIfVersion = async (db: Db, id: string, version: number, changes: Partial<NewSource>, by: string | null): Promise<SourceRow | null> => {
  const [row] = await db
    .update(monitorSources)
    // by = null: the change is not an edit of the settings (turning on/off); updated_by keeps the last editor.
    .set({ ...changes, ...(by ? { updatedBy: by } : {}), updatedAt: new Date(), version: sql`${monitorSources.version} + 1` })
    .where(and(eq(monitorSources.id, id), eq(monitorSources.version, version)))
    .returning();
  return row ?? null;
};
