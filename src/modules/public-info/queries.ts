import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Lang } from '../../web/i18n.ts';
import { infoBrokenLinks, infoCampaignCounts, infoCampaignPaths, infoPages, infoPageVersions } from './schema.ts';

/** All SQL of the public information module. */

export type PageRow = typeof infoPages.$inferSelect;
export type VersionRow = typeof infoPageVersions.$inferSelect;
export type CountColumn = 'visits' | 'reportsBegun' | 'reportsSent';

export const findPageBySlug = async (db: Db, slug: string): Promise<PageRow | undefined> => {
  const [row] = await db.select().from(infoPages).where(eq(infoPages.slug, slug)).limit(1);
  return row;
};

export const findPage = async (db: Db, id: string): Promise<PageRow | undefined> => {
  const [row] = await db.select().from(infoPages).where(eq(infoPages.id, id)).limit(1);
  return row;
};

/** The page row, locked until the transaction ends (two editors saving at once queue up here). */
export const lockPage = async (tx: Db, id: string): Promise<PageRow | undefined> => {
  const [row] = await tx.select().from(infoPages).where(eq(infoPages.id, id)).for('update').limit(1);
  return row;
};

export const findVersionById = async (db: Db, id: string): Promise<VersionRow | undefined> => {
  const [row] = await db.select().from(infoPageVersions).where(eq(infoPageVersions.id, id)).limit(1);
  return row;
};

export const findVersion = async (db: Db, pageId: string, number: number): Promise<VersionRow | undefined> => {
  const [row] = await db
    .select()
    .from(infoPageVersions)
    .where(and(eq(infoPageVersions.pageId, pageId), eq(infoPageVersions.number, number)))
    .limit(1);
  return row;
};

export const listVersions = (db: Db, pageId: string, limit = 100) =>
  db.select().from(infoPageVersions).where(eq(infoPageVersions.pageId, pageId)).orderBy(desc(infoPageVersions.number)).limit(limit);

/** The published page with its published version, for the public site. */
export const findPublished = async (db: Db, slug: string, kind: PageRow['kind']): Promise<{ page: PageRow; version: VersionRow } | undefined> => {
  const [row] = await db
    .select({ page: infoPages, version: infoPageVersions })
    .from(infoPages)
    .innerJoin(infoPageVersions, eq(infoPageVersions.id, infoPages.publishedVersionId))
    .where(and(eq(infoPages.slug, slug), eq(infoPages.kind, kind)))
    .limit(1);
  return row;
};

/** Only the id of the published version: the page itself usually comes from the render cache. */
export const findPublishedVersionId = async (db: Db, slug: string, kind: PageRow['kind']): Promise<string | null> => {
  const [row] = await db
    .select({ id: infoPages.publishedVersionId })
    .from(infoPages)
    .where(and(eq(infoPages.slug, slug), eq(infoPages.kind, kind)))
    .limit(1);
  return row?.id ?? null;
};

export const listPages = (db: Db, limit = 500) =>
  db
    .select({
      id: infoPages.id,
      slug: infoPages.slug,
      kind: infoPages.kind,
      latestVersion: infoPages.latestVersion,
      publishedVersionId: infoPages.publishedVersionId,
      proposed: sql<number>`(select count(*)::int from ${infoPageVersions} v where v.page_id = ${infoPages.id} and v.status = 'proposed')`,
    })
    .from(infoPages)
    .orderBy(asc(infoPages.kind), asc(infoPages.slug))
    .limit(limit);

export const countProposed = async (db: Db, cap: number): Promise<number> => {
  const rows = await db.select({ id: infoPageVersions.id }).from(infoPageVersions).where(eq(infoPageVersions.status, 'proposed')).limit(cap + 1);
  return rows.length;
};

export const insertPage = async (db: Db, values: typeof infoPages.$inferInsert): Promise<PageRow> => {
  const [row] = await db.insert(infoPages).values(values).onConflictDoNothing({ target: infoPages.slug }).returning();
  return row as PageRow;
};

export const updatePage = (db: Db, id: string, values: Partial<typeof infoPages.$inferInsert>) => db.update(infoPages).set(values).where(eq(infoPages.id, id));

export const insertVersion = async (db: Db, values: typeof infoPageVersions.$inferInsert): Promise<VersionRow> => {
  const [row] = await db.insert(infoPageVersions).values(values).returning();
  return row as VersionRow;
};

export const updateVersion = (db: Db, id: string, values: Partial<typeof infoPageVersions.$inferInsert>) =>
  db.update(infoPageVersions).set(values).where(eq(infoPageVersions.id, id));

/** The NOTIFY channel on which a change of a page's live version is announced (pages/render-cache.ts). */
export const LIVE_CHANNEL = 'info_pages_live';

/** NOTIFY every app instance on this database that a page's live version changed (sent at commit). */
export const announcePublished = (db: Db, slug: string) => db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${slug})`);

export const replacePublishedVersions = (db: Db, pageId: string) =>
  db
    .update(infoPageVersions)
    .set({ status: 'replaced' })
    .where(and(eq(infoPageVersions.pageId, pageId), eq(infoPageVersions.status, 'published')));

export const slugsExisting = async (db: Db, slugs: string[]): Promise<Set<string>> => {
  if (slugs.length === 0) return new Set();
  const rows = await db.select({ slug: infoPages.slug }).from(infoPages).where(inArray(infoPages.slug, slugs));
  return new Set(rows.map((r) => r.slug));
};

/** Published pages for the search index and the link checker. */
export const listPublished = (db: Db, limit = 2000) =>
  db
    .select({ page: infoPages, version: infoPageVersions })
    .from(infoPages)
    .innerJoin(infoPageVersions, eq(infoPageVersions.id, infoPages.publishedVersionId))
    .orderBy(asc(infoPages.slug))
    .limit(limit);

/**
 * Full-text search over published pages in one language, best first, on the stored tsvectors and
 * their GIN indexes (same on both databases).
 */
export const searchPublished = (db: Db, lang: Lang, text: string, limit = 20) => {
  // Generated tsvector columns of the custom migration 0017 (not in schema.ts: Drizzle cannot declare them).
  const doc = lang === 'en' ? sql`info_pages.search_en_tsv` : sql`info_pages.search_nl_tsv`;
  const query = lang === 'en' ? sql`websearch_to_tsquery('english', ${text})` : sql`websearch_to_tsquery('dutch', ${text})`;
  const rank = sql<number>`ts_rank(${doc}, ${query})`;

  return db
    .select({ slug: infoPages.slug, kind: infoPages.kind, content: infoPageVersions.content, rank })
    .from(infoPages)
    .innerJoin(infoPageVersions, eq(infoPageVersions.id, infoPages.publishedVersionId))
    .where(and(eq(infoPages.kind, 'page'), sql`${doc} @@ ${query}`))
    .orderBy(desc(rank), asc(infoPages.slug))
    .limit(limit);
};

export const insertCampaignPath = (db: Db, code: string, pageId: string) => db.insert(infoCampaignPaths).values({ code, pageId });

export const findCampaignPath = async (db: Db, code: string) => {
  const [row] = await db.select().from(infoCampaignPaths).where(eq(infoCampaignPaths.code, code)).limit(1);
  return row;
};

export const listCampaignPaths = (db: Db, pageId: string) =>
  db.select().from(infoCampaignPaths).where(eq(infoCampaignPaths.pageId, pageId)).orderBy(asc(infoCampaignPaths.code));

export const existingCodes = async (db: Db, codes: string[]): Promise<string[]> => {
  if (codes.length === 0) return [];
  const rows = await db.select({ code: infoCampaignPaths.code }).from(infoCampaignPaths).where(inArray(infoCampaignPaths.code, codes));
  return rows.map((r) => r.code);
};

/** Adds one to a count of a landing path on a day. Nothing about who caused it is written. */
export const bumpCount = (db: Db, code: string, day: string, column: CountColumn) =>
  db
    .insert(infoCampaignCounts)
    .values({ code, day, [column]: 1 })
    .onConflictDoUpdate({ target: [infoCampaignCounts.code, infoCampaignCounts.day], set: { [column]: sql`${infoCampaignCounts[column]} + 1` } });

export const countsOfPaths = (db: Db, codes: string[], from: string, to: string) => {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(infoCampaignCounts)
    .where(and(inArray(infoCampaignCounts.code, codes), gte(infoCampaignCounts.day, from), lte(infoCampaignCounts.day, to)))
    .orderBy(asc(infoCampaignCounts.day), asc(infoCampaignCounts.code));
};

/** Totals per month over every landing path, for the dashboards' figures. */
export const countsByMonth = (db: Db, from: string, to: string) =>
  db
    .select({
      month: sql<string>`to_char(${infoCampaignCounts.day}, 'YYYY-MM')`,
      visits: sql<number>`sum(${infoCampaignCounts.visits})::int`,
      begun: sql<number>`sum(${infoCampaignCounts.reportsBegun})::int`,
      sent: sql<number>`sum(${infoCampaignCounts.reportsSent})::int`,
    })
    .from(infoCampaignCounts)
    .where(and(gte(infoCampaignCounts.day, from), lte(infoCampaignCounts.day, to)))
    .groupBy(sql`1`)
    .orderBy(sql`1`);

export const replaceBrokenLinks = async (db: Db, rows: (typeof infoBrokenLinks.$inferInsert)[]) => {
  await db.delete(infoBrokenLinks);
  if (rows.length > 0) await db.insert(infoBrokenLinks).values(rows);
};

export const listBrokenLinks = (db: Db) => db.select().from(infoBrokenLinks).orderBy(asc(infoBrokenLinks.slug), asc(infoBrokenLinks.href)).limit(1000);

export const allCampaignCodes = async (db: Db): Promise<Set<string>> => new Set((await db.select({ code: infoCampaignPaths.code }).from(infoCampaignPaths)).map((r) => r.code));
