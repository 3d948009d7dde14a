import { and, desc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { adGroups, adIndicatorScores, ads, monitorSources } from '../schema.ts';
import { type AdFilters, type GroupFilters, LIST_PAGE_SIZE, MAX_PAGE } from '../ads/parse-list-query.ts';

// The paged, filtered lists of ads and groups.

/**
 * Counts stop one past what the pages can show (MAX_PAGE pages): a count over millions of ads on every
 * page view would cost more than the page, and "more than 50,000" is all a reader needs.
 */
const countCap = LIST_PAGE_SIZE * MAX_PAGE + 1;

/** Filters on the score alone: a page filtered only by these never needs the ads table to find its rows. */
const scoreConditions = (f: AdFilters): SQL | undefined =>
  and(
    f.minScore !== undefined ? gte(adIndicatorScores.total, f.minScore) : undefined,
    f.indicator ? sql`${adIndicatorScores.fired} @> ${JSON.stringify([{ id: f.indicator }])}::jsonb` : undefined,
  );

const adConditions = (f: AdFilters): SQL | undefined =>
  and(
    // A place is compared on its one spelling; a place not on the list is compared as written.
    f.place ? sql`(${ads.placeNormalised} = ${f.place} OR (${ads.placeNormalised} IS NULL AND lower(${ads.place}) = lower(${f.place})))` : undefined,
    f.sourceId ? eq(ads.sourceId, f.sourceId) : undefined,
    scoreConditions(f),
  );

const adPageColumns = {
  id: ads.id,
  title: ads.title,
  url: ads.url,
  place: ads.place,
  placeNormalised: ads.placeNormalised,
  phones: ads.phones,
  imageUrls: ads.imageUrls,
  total: adIndicatorScores.total,
  fired: adIndicatorScores.fired,
  lexiconVersion: adIndicatorScores.lexiconVersion,
};

/**
 * One page of ads, highest score first, with the filters of /monitor. Ordered by score, then id, so
 * pages do not overlap; `count` is the total under the filters, capped at `countCap`. The two
 * statements are built apart so bench/monitor-list-index.ts can EXPLAIN exactly what the page runs.
 *
 * Driven from ad_indicator_scores with an inner join (storeAd writes an ad and its score in one
 * transaction, so every ad has one), in the order of `ad_indicator_scores_total_desc_idx`, so
 * PostgreSQL walks that index and stops after the page instead of sorting every ad (a left join from
 * ads could not: ads without a score would sit in between). Without a place or source filter the page
 * first picks its 50 ids from the index alone and only then reads those ads, so a deep page skips
 * its offset in the index, not in the ads table. Measured with 100,000 ads: page 1 from 185 ms to
 * 0.3 ms, page 200 from 182 ms to about 2 ms (README, "Paging and filters").
 */
export const scoredAdsPageQueries = (db: Db, f: AdFilters, limit: number, offset: number) => {
  const where = adConditions(f);
  const byScore = [sql`${adIndicatorScores.total} desc nulls last`, adIndicatorScores.adId] as const;
  const needsAds = f.place !== undefined || f.sourceId !== undefined;
  const page = db
    .select({ pageAdId: sql<string>`${adIndicatorScores.adId}`.as('page_ad_id'), pageTotal: sql<number>`${adIndicatorScores.total}`.as('page_total') })
    .from(adIndicatorScores)
    .where(scoreConditions(f))
    .orderBy(...byScore)
    .limit(limit)
    .offset(offset)
    .as('page');
  const rows = needsAds
    ? db
        .select(adPageColumns)
        .from(adIndicatorScores)
        .innerJoin(ads, eq(ads.id, adIndicatorScores.adId))
        .where(where)
        .orderBy(...byScore)
        .limit(limit)
        .offset(offset)
    : db
        .select(adPageColumns)
        .from(page)
        .innerJoin(adIndicatorScores, eq(adIndicatorScores.adId, page.pageAdId))
        .innerJoin(ads, eq(ads.id, page.pageAdId))
        .orderBy(sql`${page.pageTotal} desc nulls last`, page.pageAdId);
  return {
    rows,
    count: db
      .select({ n: sql<number>`count(*)::int` })
      .from(
        needsAds
          ? db.select({ one: sql`1`.as('one') }).from(adIndicatorScores).innerJoin(ads, eq(ads.id, adIndicatorScores.adId)).where(where).limit(countCap).as('counted')
          : db.select({ one: sql`1`.as('one') }).from(adIndicatorScores).where(scoreConditions(f)).limit(countCap).as('counted'),
      ),
  };
};

export const selectScoredAdsPage = async (db: Db, f: AdFilters, limit: number, offset: number) => {
  const q = scoredAdsPageQueries(db, f, limit, offset);
  const [rows, [count]] = await Promise.all([q.rows, q.count]);
  return { rows, count: Number(count?.n ?? 0) };
};

/** Operator keys with more than one group ("only operators with several groups"). */
const multiGroupOperators = sql`(SELECT g2.operator_key FROM ad_groups g2 GROUP BY g2.operator_key HAVING count(*) > 1)`;

const groupConditions = (f: GroupFilters): SQL | undefined =>
  and(
    f.city ? sql`${adGroups.cities} @> ARRAY[${f.city}]::text[]` : undefined,
    f.minSize !== undefined ? gte(adGroups.size, f.minSize) : undefined,
    f.multiOnly ? sql`${adGroups.operatorKey} IN ${multiGroupOperators}` : undefined,
  );

/** One page of template groups, largest first, with the filters of /monitor/groepen; and how many operators have several groups. */
export const selectGroupsPage = async (db: Db, f: GroupFilters, limit: number, offset: number) => {
  const where = groupConditions(f);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: adGroups.id,
        template: adGroups.template,
        size: adGroups.size,
        cities: adGroups.cities,
        phones: adGroups.phones,
        operatorKey: adGroups.operatorKey,
        firstPostedAt: adGroups.firstPostedAt,
        lastPostedAt: adGroups.lastPostedAt,
        // Qualified by hand: Drizzle writes ${adGroups.operatorKey} as a bare "operator_key", which inside
        // this subquery would mean g3's own column and count every group of every operator.
        operatorGroups: sql<number>`(SELECT count(*)::int FROM ad_groups g3 WHERE g3.operator_key = "ad_groups"."operator_key")`,
      })
      .from(adGroups)
      .where(where)
      .orderBy(desc(adGroups.size), adGroups.id)
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(db.select({ one: sql`1`.as('one') }).from(adGroups).where(where).limit(countCap).as('counted')),
  ]);

  return { rows: rows.map((r) => ({ ...r, operatorGroups: Number(r.operatorGroups) })), count: Number(count?.n ?? 0) };
};

/** The ids of all sources, for checking a filter value. */
export const selectSourceChoices = (db: Db) => db.select({ id: monitorSources.id, name: monitorSources.name }).from(monitorSources).orderBy(monitorSources.name).limit(500);


/** How many groups come before this one on /monitor/groepen (largest first, then id); null if it does not exist. */
export const selectGroupPosition = async (db: Db, groupId: string): Promise<number | null> => {
  const result = await db.execute(sql`
    SELECT (SELECT count(*) FROM ad_groups g2 WHERE g2.size > g.size OR (g2.size = g.size AND g2.id < g.id))::int AS before
    FROM ad_groups g WHERE g.id = ${groupId}::uuid`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];

  return row ? Number(row.before) : null;
};
