import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, setupTokens, staffSessions, users } from './schema.ts';

// All SQL of the accounts domain.

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof staffSessions.$inferSelect;

export const findUserByEmail = async (db: Db, email: string) => {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);

  return row ?? null;
};

export const findUserById = async (db: Db, id: string) => {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);

  return row ?? null;
};

export const listUsers = (db: Db) => db.select().from(users).orderBy(asc(users.name));

export const countUsers = async (db: Db) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);

  return row?.n ?? 0;
};

export const countActiveAdmins = async (db: Db) => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(isNull(users.disabledAt), sql`'admin' = ANY(${users.roles})`));

  return row?.n ?? 0;
};

export const insertUser = async (db: Db, values: typeof users.$inferInsert) => {
  const [row] = await db.insert(users).values(values).returning();

  return row!;
};

export const updateUser = (db: Db, id: string, values: Partial<typeof users.$inferInsert>) =>
  db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));

export const insertSession = (db: Db, values: typeof staffSessions.$inferInsert) => db.insert(staffSessions).values(values);

export const findSessionWithUser = async (db: Db, idHash: string) => {
  const [row] = await db
    .select({ session: staffSessions, user: users })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(eq(staffSessions.idHash, idHash))
    .limit(1);

  return row ?? null;
};

export const updateSession = (db: Db, idHash: string, values: Partial<typeof staffSessions.$inferInsert>) =>
  db.update(staffSessions).set(values).where(eq(staffSessions.idHash, idHash));

export const deleteSession = (db: Db, idHash: string) => db.delete(staffSessions).where(eq(staffSessions.idHash, idHash));

export const revokeUserSessions = (db: Db, userId: string, by: string | null) =>
  db
    .update(staffSessions)
    .set({ revokedAt: new Date(), revokedBy: by })
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)));

export const listOpenSessions = (db: Db, userId: string, idleBefore: Date) =>
  db
    .select()
    .from(staffSessions)
    .where(
      and(
        eq(staffSessions.userId, userId),
        isNull(staffSessions.revokedAt),
        sql`${staffSessions.expiresAt} > now()`,
        sql`${staffSessions.lastSeenAt} > ${idleBefore}`,
      ),
    )
    .orderBy(asc(staffSessions.createdAt));

/** Removes sessions that ended (expired, idle too long, or revoked a day ago). Returns how many. */
export const deleteEndedSessions = async (db: Db, idleBefore: Date) => {
  const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
  const rows = await db
    .delete(staffSessions)
    .where(
      or(
        lt(staffSessions.expiresAt, new Date()),
        lt(staffSessions.lastSeenAt, idleBefore),
        lt(staffSessions.revokedAt, dayAgo),
      ),
    )
    .returning({ idHash: staffSessions.idHash });

  return rows.length;
};

export const listOrganisations = (db: Db) => db.select().from(organisations).orderBy(asc(organisations.name));

export const findOrganisation = async (db: Db, id: string) => {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);

  return row ?? null;
};

export const insertOrganisation = async (db: Db, values: typeof organisations.$inferInsert) => {
  const [row] = await db.insert(organisations).values(values).returning();

  return row!;
};

export const insertSetupToken = (db: Db, values: typeof setupTokens.$inferInsert) => db.insert(setupTokens).values(values);

export const findSetupToken = async (db: Db, tokenHash: string) => {
  const [row] = await db.select().from(setupTokens).where(eq(setupTokens.tokenHash, tokenHash)).limit(1);

  return row ?? null;
};

export const markSetupTokenUsed = (db: Db, tokenHash: string) =>
  db.update(setupTokens).set({ usedAt: new Date() }).where(eq(setupTokens.tokenHash, tokenHash));
