import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { FINISHED_STATUSES } from '../../cases/index.ts';
import { adGroups, adIndicatorScores, ads } from '../schema.ts';

// The operator view: groups joined by a shared phone.

/** The groups of one operator, largest first (served by ad_groups_operator_idx), with their total count. */
export const selectGroupsOfOperator = async (db: Db, operatorKey: string, limit: number) => {
  const [rows, [count]] = await Promise.all([
    db.select().from(adGroups).where(eq(adGroups.operatorKey, operatorKey)).orderBy(desc(adGroups.size), adGroups.id).limit(limit),
    db
      .select({ n: sql<number>`count(*)::int`, ads: sql<number>`coalesce(sum(${adGroups.size}), 0)::int`, first: sql<string | null>`min(${adGroups.firstPostedAt})`, last: sql<string | null>`max(${adGroups.lastPostedAt})` })
      .from(adGroups)
      .where(eq(adGroups.operatorKey, operatorKey)),
  ]);

  return { rows, count: Number(count?.n ?? 0), ads: Number(count?.ads ?? 0), firstPostedAt: count?.first ?? null, lastPostedAt: count?.last ?? null };
};

const distinctValues = async (db: Db, column: 'phones' | 'cities', operatorKey: string, limit: number) => {
  const result = await db.execute(sql`
    SELECT v, count(*) OVER ()::int AS total FROM (
      SELECT DISTINCT unnest(${sql.raw(column)}) AS v FROM ad_groups WHERE operator_key = ${operatorKey}
    ) d ORDER BY v LIMIT ${limit}`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;

  return { values: rows.map((r) => String(r.v)), total: Number(rows[0]?.total ?? 0) };
};

/** All phone numbers (E.164) of an operator's groups, sorted, at most `limit`, with the total. */
export const selectOperatorPhones = (db: Db, operatorKey: string, limit: number) => distinctValues(db, 'phones', operatorKey, limit);

/** All places of an operator's groups (normalised where known), sorted, at most `limit`, with the total. */
export const selectOperatorCities = (db: Db, operatorKey: string, limit: number) => distinctValues(db, 'cities', operatorKey, limit);

/** The operator's highest-scored ads with their reasons. */
export const selectTopAdsOfOperator = (db: Db, operatorKey: string, limit: number) =>
  db
    .select({
      id: ads.id,
      title: ads.title,
      place: ads.place,
      placeNormalised: ads.placeNormalised,
      total: adIndicatorScores.total,
      fired: adIndicatorScores.fired,
    })
    .from(ads)
    .innerJoin(adGroups, eq(adGroups.id, ads.groupId))
    .leftJoin(adIndicatorScores, eq(adIndicatorScores.adId, ads.id))
    .where(eq(adGroups.operatorKey, operatorKey))
    .orderBy(sql`${adIndicatorScores.total} desc nulls last`, ads.id)
    .limit(limit);

/**
 * Alerts on the operator's ads for dossiers that are still open: one row per ad, dossier and
 * identifier (whoever the owner), saying whether the viewer owns one of them. The caller shows a row
 * only when the viewer owns it or may open the dossier.
 */
export const selectOperatorAlerts = async (db: Db, operatorKey: string, viewerId: string, limit: number) => {
  const finished = sql.join(
    FINISHED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    SELECT al.dossier_id, a.id AS ad_id, a.title AS ad_title, i.kind, i.key, i.display,
      min(al.via) AS via, min(al.created_at) AS created_at, bool_or(al.owner_user_id = ${viewerId}::uuid) AS own
    FROM monitor_alerts al
    JOIN ads a ON a.id = al.ad_id
    JOIN ad_groups g ON g.id = a.group_id
    JOIN dossiers d ON d.id = al.dossier_id
    JOIN identifiers i ON i.id = al.identifier_id
    WHERE g.operator_key = ${operatorKey} AND d.status NOT IN (${finished})
    GROUP BY al.dossier_id, a.id, a.title, i.kind, i.key, i.display
    ORDER BY min(al.created_at) DESC, a.id, i.key
    LIMIT ${limit}`);

  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    dossierId: String(r.dossier_id),
    adId: String(r.ad_id),
    adTitle: String(r.ad_title),
    kind: String(r.kind),
    key: String(r.key),
    display: String(r.display),
    via: String(r.via) === 'group' ? ('group' as const) : ('ad' as const),
    createdAt: new Date(r.created_at as string),
    own: r.own === true || r.own === 't',
  }));
};
