import { and, asc, eq, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, passkeyChallenges, passkeyRoles, requestLimits, setupTokens, staffPasskeys, staffSessions, users } from './schema.ts';

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

/**
 * Sign-in bookkeeping (failed attempts, last TOTP step, enrolment). Leaves updated_at alone: that
 * column is the version an admin's edit form checks, and a user signing in is not an edit.
 */
export const updateUser = (db: Db, id: string, values: Partial<typeof users.$inferInsert>) =>
  db.update(users).set(values).where(eq(users.id, id));

/** A change to the account itself (by an admin or the user): moves updated_at on. */
export const updateUserAccount = (db: Db, id: string, values: Partial<typeof users.$inferInsert>) =>
  db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));

/** Reads a user and locks the row until the transaction ends, so two edits cannot cross. */
export const findUserForUpdate = async (tx: Db, id: string) => {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update').limit(1);

  return row ?? null;
};

/**
 * Locks every active admin and returns their ids. Taken before a change that could remove an admin,
 * so two admins disabling each other at the same moment cannot leave nobody in charge.
 */
export const lockActiveAdmins = async (tx: Db) => {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(isNull(users.disabledAt), sql`'admin' = ANY(${users.roles})`))
    .orderBy(asc(users.id))
    .for('update');

  return rows.map((r) => r.id);
};

export const listUsersWithOrganisation = (db: Db, limit: number) =>
  db
    .select({ user: users, organisationName: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .orderBy(asc(users.name), asc(users.email))
    .limit(limit);

export const listUsersWithTotp = (db: Db) =>
  db.select({ id: users.id, totpSecretEnc: users.totpSecretEnc }).from(users).where(isNotNull(users.totpSecretEnc));

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
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)))
    .returning({ idHash: staffSessions.idHash });

/** Revokes every session of the user except the one given (sign out everywhere else). */
export const revokeOtherSessions = (db: Db, userId: string, keepIdHash: string, by: string | null) =>
  db
    .update(staffSessions)
    .set({ revokedAt: new Date(), revokedBy: by })
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt), ne(staffSessions.idHash, keepIdHash)))
    .returning({ idHash: staffSessions.idHash });

export const listSessionsWithPendingTotp = (db: Db) =>
  db
    .select({ idHash: staffSessions.idHash, pendingTotpEnc: staffSessions.pendingTotpEnc })
    .from(staffSessions)
    .where(isNotNull(staffSessions.pendingTotpEnc));

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

export const findOrganisationByName = async (db: Db, name: string) => {
  const [row] = await db.select().from(organisations).where(sql`lower(${organisations.name}) = lower(${name})`).limit(1);

  return row ?? null;
};

/** Locks the token row, so two people using the same link at once cannot both create an admin. */
export const findSetupTokenForUpdate = async (tx: Db, tokenHash: string) => {
  const [row] = await tx.select().from(setupTokens).where(eq(setupTokens.tokenHash, tokenHash)).for('update').limit(1);

  return row ?? null;
};

/** Only the newest setup link works: older unused ones are removed when a new one is made. */
export const deleteUnusedSetupTokens = (db: Db) => db.delete(setupTokens).where(isNull(setupTokens.usedAt));

// ---- request limits (staff rate limiting, shared by all processes) -------------------------------

/** One more hit in the key's window (a new window when the old one ended); in one statement. */
export const addRequestHit = async (db: Db, input: { key: string; now: Date; windowMs: number }) => {
  const now = sql`${input.now.toISOString()}::timestamptz`;
  const ends = new Date(input.now.getTime() + input.windowMs);
  const [row] = await db
    .insert(requestLimits)
    .values({ key: input.key, hits: 1, windowEndsAt: ends })
    .onConflictDoUpdate({
      target: requestLimits.key,
      set: {
        hits: sql`CASE WHEN ${requestLimits.windowEndsAt} <= ${now} THEN 1 ELSE ${requestLimits.hits} + 1 END`,
        windowEndsAt: sql`CASE WHEN ${requestLimits.windowEndsAt} <= ${now} THEN ${ends.toISOString()}::timestamptz ELSE ${requestLimits.windowEndsAt} END`,
      },
    })
    .returning({ hits: requestLimits.hits, windowEndsAt: requestLimits.windowEndsAt });

  return row ?? { hits: 1, windowEndsAt: ends };
};

export const deleteEndedRequestLimits = (db: Db, now: Date) => db.delete(requestLimits).where(lt(requestLimits.windowEndsAt, now));

// ---- passkeys ----------------------------------------------------------------------------------

export type PasskeyRow = typeof staffPasskeys.$inferSelect;

export const listPasskeys = (db: Db, userId: string) => db.select().from(staffPasskeys).where(eq(staffPasskeys.userId, userId)).orderBy(asc(staffPasskeys.createdAt));

export const insertPasskey = (db: Db, values: typeof staffPasskeys.$inferInsert) => db.insert(staffPasskeys).values(values);

export const deletePasskey = async (db: Db, userId: string, id: string) => {
  const gone = await db.delete(staffPasskeys).where(and(eq(staffPasskeys.userId, userId), eq(staffPasskeys.id, id))).returning({ id: staffPasskeys.id });

  return gone.length > 0;
};

export const markPasskeyUsed = (db: Db, id: string, counter: number, at: Date) =>
  db.update(staffPasskeys).set({ counter, lastUsedAt: at }).where(eq(staffPasskeys.id, id));

export const putPasskeyChallenge = (db: Db, values: typeof passkeyChallenges.$inferInsert) =>
  db.insert(passkeyChallenges).values(values).onConflictDoUpdate({ target: passkeyChallenges.sessionIdHash, set: values });

/** The session's challenge for this purpose, removed as it is read (a challenge works once). */
export const takePasskeyChallenge = async (db: Db, sessionIdHash: string, purpose: string) => {
  const [row] = await db
    .delete(passkeyChallenges)
    .where(and(eq(passkeyChallenges.sessionIdHash, sessionIdHash), eq(passkeyChallenges.purpose, purpose)))
    .returning();

  return row ?? null;
};

export const listPasskeyRoles = async (db: Db): Promise<string[]> => (await db.select({ role: passkeyRoles.role }).from(passkeyRoles)).map((r) => r.role);

export const replacePasskeyRoles = (db: Db, roles: string[], setBy: string) =>
  db.transaction(async (tx) => {
    await tx.delete(passkeyRoles);
    if (roles.length > 0) await tx.insert(passkeyRoles).values(roles.map((role) => ({ role, setBy })));
  });
