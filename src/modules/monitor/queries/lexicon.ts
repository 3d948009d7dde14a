import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../accounts/index.ts';
import { auditEvents } from '../../audit/index.ts';
import type { Lexicon } from '../indicators/lexicon.ts';
import { monitorLexicons, adIndicatorScores, ads } from '../schema.ts';

// Stored lexicon versions and how far rescoring is.

/** The newest stored lexicon version (the one in force), or null while none was stored. */
export const selectNewestLexicon = async (db: Db) => {
  const [row] = await db.select().from(monitorLexicons).orderBy(desc(monitorLexicons.id)).limit(1);
  return row ?? null;
};

/** All stored versions, newest first, with who made them. */
export const selectLexiconHistory = (db: Db) =>
  db
    .select({ id: monitorLexicons.id, version: monitorLexicons.version, reason: monitorLexicons.reason, createdAt: monitorLexicons.createdAt, byName: users.name, byEmail: users.email })
    .from(monitorLexicons)
    .leftJoin(users, eq(users.id, monitorLexicons.createdBy))
    .orderBy(desc(monitorLexicons.id))
    .limit(200);

export const selectLexiconVersionsLike = (db: Db, prefix: string) =>
  db.select({ version: monitorLexicons.version }).from(monitorLexicons).where(sql`${monitorLexicons.version} like ${`${prefix}%`}`);

export const insertLexicon = async (db: Db, row: { version: string; lexicon: Lexicon; reason: string; createdBy: string }): Promise<void> => {
  await db.insert(monitorLexicons).values(row);
};

/**
 * How far the scores are with `version`: how many scored ads carry another lexicon version (one
 * sequential count over the scores, about 10 ms per 100,000 ads on PostgreSQL) and how many there are.
 */
export const countScoresByLexicon = async (db: Db, version: string): Promise<{ older: number; all: number }> => {
  const [row] = await db
    .select({ older: sql<number>`count(*) filter (where ${adIndicatorScores.lexiconVersion} <> ${version})::int`, all: sql<number>`count(*)::int` })
    .from(adIndicatorScores);
  return { older: Number(row?.older ?? 0), all: Number(row?.all ?? 0) };
};

/** When every ad was last rescored with `version` (the audit line written by rescoreAds), or null. */
export const selectLastRescore = async (db: Db, version: string): Promise<{ at: Date; ads: number } | null> => {
  const [row] = await db
    .select({ at: auditEvents.at, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'monitor.lexicon.rescored'), eq(auditEvents.targetId, version)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row ? { at: row.at, ads: Number(row.details.ads) || 0 } : null;
};
