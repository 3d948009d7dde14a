import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ads, monitorAlerts } from '../schema.ts';

/** Ads first seen in a period, per normalised place and month; `flagged`: a person judged it relevant. */
export const countAdsForFigures = (db: Db, q: { from: Date; to: Date }) =>
  db
    .select({
      place: ads.placeNormalised,
      month: sql<string>`to_char(${ads.firstSeenAt} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`,
      flagged: sql<boolean>`EXISTS (SELECT 1 FROM ad_reviews r WHERE r.ad_id = ${ads.id} AND r.decision IN ('relevant', 'dossier'))`,
      n: sql<number>`count(*)::int`,
    })
    .from(ads)
    .where(and(gte(ads.firstSeenAt, q.from), lt(ads.firstSeenAt, q.to)))
    .groupBy(sql`1`, sql`2`, sql`3`);

/** Alerts "this ad matches an open dossier" in a period, per place of the ad and month. */
export const countAlertsForFigures = (db: Db, q: { from: Date; to: Date }) =>
  db
    .select({ place: ads.placeNormalised, month: sql<string>`to_char(${monitorAlerts.createdAt} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`, n: sql<number>`count(*)::int` })
    .from(monitorAlerts)
    .innerJoin(ads, eq(ads.id, monitorAlerts.adId))
    .where(and(gte(monitorAlerts.createdAt, q.from), lt(monitorAlerts.createdAt, q.to)))
    .groupBy(sql`1`, sql`2`);

export const hasAnyAd = async (db: Db): Promise<boolean> => (await db.select({ id: ads.id }).from(ads).limit(1)).length > 0;
