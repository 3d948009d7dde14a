import { and, desc, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { adIndicatorScores, adReviews, ads } from '../schema.ts';
import type { AdRow } from './sources.ts';

// The review queue and its decisions.

export const selectAd = async (db: Db, id: string): Promise<AdRow | null> => {
  const [row] = await db.select().from(ads).where(eq(ads.id, id));
  return row ?? null;
};

/** Ads at or above the threshold that nobody decided on yet, highest score first. */
export const selectReviewQueue = (db: Db, threshold: number, limit: number) =>
  db
    .select({
      id: ads.id,
      title: ads.title,
      url: ads.url,
      place: ads.place,
      phones: ads.phones,
      imageUrls: ads.imageUrls,
      total: adIndicatorScores.total,
      fired: adIndicatorScores.fired,
    })
    .from(ads)
    .innerJoin(adIndicatorScores, eq(adIndicatorScores.adId, ads.id))
    .leftJoin(adReviews, eq(adReviews.adId, ads.id))
    .where(and(gte(adIndicatorScores.total, threshold), isNull(adReviews.id)))
    .orderBy(desc(adIndicatorScores.total), ads.id)
    .limit(limit);

export const insertReview = async (db: Db, review: typeof adReviews.$inferInsert): Promise<void> => {
  await db.insert(adReviews).values(review);
};

export const selectReviews = (db: Db, adId: string) => db.select().from(adReviews).where(eq(adReviews.adId, adId)).orderBy(adReviews.decidedAt);
