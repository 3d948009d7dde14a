import { and, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../accounts/index.ts';
import { adGroups, adReviews, adVersions, ads } from '../schema.ts';

// What the page of one ad shows beside the ad itself.

export type GroupRow = typeof adGroups.$inferSelect;

export const selectGroup = async (db: Db, id: string): Promise<GroupRow | null> => {
  const [row] = await db.select().from(adGroups).where(eq(adGroups.id, id));
  return row ?? null;
};

/** The first `limitEach` ads of each group (oldest first), for lists of a group's ads. */
export const selectAdsOfGroups = async (db: Db, groupIds: string[], limitEach: number) => {
  if (groupIds.length === 0) return [];
  const ranked = db
    .select({
      id: ads.id,
      title: ads.title,
      place: ads.place,
      groupId: ads.groupId,
      rank: sql<number>`row_number() over (partition by ${ads.groupId} order by ${ads.firstSeenAt}, ${ads.id})`.as('rank'),
    })
    .from(ads)
    .where(inArray(ads.groupId, groupIds))
    .as('ranked');
  const rows = await db.select().from(ranked).where(lte(ranked.rank, limitEach)).orderBy(ranked.groupId, ranked.rank);

  return rows.map((r) => ({ id: r.id, title: r.title, place: r.place, groupId: r.groupId as string }));
};

/** The other groups of the same operator (groups joined by a shared phone), largest first. */
export const selectOperatorGroups = (db: Db, operatorKey: string, exceptId: string, limit: number) =>
  db
    .select({ id: adGroups.id, size: adGroups.size, cities: adGroups.cities, phones: adGroups.phones })
    .from(adGroups)
    .where(and(eq(adGroups.operatorKey, operatorKey), ne(adGroups.id, exceptId)))
    .orderBy(desc(adGroups.size), adGroups.id)
    .limit(limit);

/** The review decisions on one ad, oldest first, with the name of who decided. */
export const selectReviewsWithDeciders = (db: Db, adId: string) =>
  db
    .select({ id: adReviews.id, decision: adReviews.decision, dossierId: adReviews.dossierId, reason: adReviews.reason, decidedAt: adReviews.decidedAt, decidedBy: users.name })
    .from(adReviews)
    .leftJoin(users, eq(users.id, adReviews.decidedBy))
    .where(eq(adReviews.adId, adId))
    .orderBy(adReviews.decidedAt, adReviews.id);

/** The newest `limit` versions of an ad, oldest of them first (the ad page shows a bounded number). */
export const selectLatestVersions = async (db: Db, adId: string, limit: number) => {
  const rows = await db.select().from(adVersions).where(eq(adVersions.adId, adId)).orderBy(desc(adVersions.version)).limit(limit);

  return rows.reverse();
};

/** One version's stored WARC (gzipped) and the SHA-256 taken when it was stored. */
export const selectVersionWarc = async (db: Db, adId: string, version: number) => {
  const [row] = await db
    .select({ warcGz: adVersions.warcGz, warcSha256: adVersions.warcSha256 })
    .from(adVersions)
    .where(and(eq(adVersions.adId, adId), eq(adVersions.version, version)));
  return row ?? null;
};
