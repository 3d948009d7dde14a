import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyProfiles } from '../schema.ts';

// Decoy profiles and their status. (queries/: all SQL of the decoy module, one file per section.)

export type ProfileRow = typeof decoyProfiles.$inferSelect;

export const insertProfile = async (db: Db, row: typeof decoyProfiles.$inferInsert): Promise<ProfileRow> => {
  const [r] = await db.insert(decoyProfiles).values(row).returning();
  return r as ProfileRow;
};

export const selectProfile = async (db: Db, id: string): Promise<ProfileRow | null> => {
  const [r] = await db.select().from(decoyProfiles).where(eq(decoyProfiles.id, id));
  return r ?? null;
};

export const selectProfiles = (db: Db): Promise<ProfileRow[]> => db.select().from(decoyProfiles).orderBy(asc(decoyProfiles.name)).limit(500);

export const updateProfile = async (db: Db, id: string, fromStatus: readonly string[], set: Partial<typeof decoyProfiles.$inferInsert>) => {
  const [r] = await db
    .update(decoyProfiles)
    .set(set)
    .where(and(eq(decoyProfiles.id, id), inArray(decoyProfiles.status, [...fromStatus])))
    .returning();
  return r ?? null;
};

export const countProfilesAwaiting = async (db: Db, notBy: string, cap: number): Promise<number> => {
  const rows = await db.select({ id: decoyProfiles.id }).from(decoyProfiles).where(and(eq(decoyProfiles.status, 'draft'), ne(decoyProfiles.createdBy, notBy))).limit(cap + 1);
  return rows.length;
};

/** The profile row locked for the transaction: two webhook calls for one new responder open one conversation. */
export const lockProfile = async (db: Db, id: string): Promise<ProfileRow | null> => {
  const [r] = await db.select().from(decoyProfiles).where(eq(decoyProfiles.id, id)).for('update');
  return r ?? null;
};
