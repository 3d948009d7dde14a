import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { crawlFrontier } from '../schema.ts';

// The crawl frontier: which URLs of a source are pending, done, failed or skipped.

/** Start URLs are listing pages: every crawl reads them again. */
export const seedFrontier = async (db: Db, sourceId: string, urls: string[]): Promise<void> => {
  if (urls.length === 0) return;
  await db
    .insert(crawlFrontier)
    .values(urls.map((url) => ({ sourceId, url, depth: 0 })))
    .onConflictDoUpdate({ target: [crawlFrontier.sourceId, crawlFrontier.url], set: { status: 'pending', attempts: 0, lastError: null } });
};

/**
 * A crawl that died left rows in_progress: they go back to pending. Pages fetched before `before`
 * are due again (the source's interval has passed).
 */
export const requeueFrontier = async (db: Db, sourceId: string, before: Date | null): Promise<void> => {
  await db
    .update(crawlFrontier)
    .set({ status: 'pending' })
    .where(and(eq(crawlFrontier.sourceId, sourceId), eq(crawlFrontier.status, 'in_progress')));
  if (!before) return;
  await db
    .update(crawlFrontier)
    .set({ status: 'pending', attempts: 0 })
    .where(and(eq(crawlFrontier.sourceId, sourceId), inArray(crawlFrontier.status, ['done', 'failed', 'skipped']), lt(crawlFrontier.fetchedAt, before)));
};

export const selectPendingFrontier = (db: Db, sourceId: string, limit: number) =>
  db
    .select({ id: crawlFrontier.id, url: crawlFrontier.url, depth: crawlFrontier.depth })
    .from(crawlFrontier)
    .where(and(eq(crawlFrontier.sourceId, sourceId), eq(crawlFrontier.status, 'pending')))
    .orderBy(crawlFrontier.depth, crawlFrontier.id)
    .limit(limit);

/** Adds discovered URLs; returns only those that were new (the others are known, fetched or queued). */
export const addToFrontier = async (db: Db, sourceId: string, urls: string[], depth: number) => {
  if (urls.length === 0) return [];
  return db
    .insert(crawlFrontier)
    .values(urls.map((url) => ({ sourceId, url, depth })))
    .onConflictDoNothing()
    .returning({ id: crawlFrontier.id, url: crawlFrontier.url, depth: crawlFrontier.depth });
};

export const markFrontier = async (
  db: Db,
  id: number,
  update: { status: 'in_progress' | 'done' | 'failed' | 'skipped' | 'pending'; contentHash?: string | null; lastError?: string | null },
): Promise<void> => {
  await db
    .update(crawlFrontier)
    .set({
      status: update.status,
      contentHash: update.contentHash,
      lastError: update.lastError,
      attempts: sql`${crawlFrontier.attempts} + 1`,
      fetchedAt: update.status === 'pending' || update.status === 'in_progress' ? undefined : new Date(),
    })
    .where(eq(crawlFrontier.id, id));
};

export const markFrontierUrlSkipped = async (db: Db, sourceId: string, url: string, reason: string): Promise<void> => {
  await db
    .update(crawlFrontier)
    .set({ status: 'skipped', lastError: reason.slice(0, 500), fetchedAt: new Date() })
    .where(and(eq(crawlFrontier.sourceId, sourceId), eq(crawlFrontier.url, url)));
};

export const countFrontier = async (db: Db, sourceId: string): Promise<Record<string, number>> => {
  const rows = await db
    .select({ status: crawlFrontier.status, n: sql<number>`count(*)::int` })
    .from(crawlFrontier)
    .where(eq(crawlFrontier.sourceId, sourceId))
    .groupBy(crawlFrontier.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
};

export const selectFrontierProblems = (db: Db, sourceId: string) =>
  db
    .select({ url: crawlFrontier.url, status: crawlFrontier.status, lastError: crawlFrontier.lastError })
    .from(crawlFrontier)
    .where(and(eq(crawlFrontier.sourceId, sourceId), inArray(crawlFrontier.status, ['failed', 'skipped'])));
