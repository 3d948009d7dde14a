import { and, desc, eq, gte, inArray, isNull, lt, lte, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { FINISHED_STATUSES } from '../cases/index.ts';
import { users } from '../accounts/index.ts';
import { auditEvents } from '../audit/index.ts';
import type { Lexicon } from './indicators/lexicon.ts';
import { monitorLexicons, adGroups, adIndicatorScores, adReviews, adVersions, ads, crawlFrontier, monitorAlerts, monitorSources } from './schema.ts';
import type { FiredIndicator } from './indicators/score-ad.ts';
import type { TemplateSegment } from './grouping/derive-template.ts';
import { matchGroups } from './grouping/match-groups.ts';
import { type AdFilters, type GroupFilters, LIST_PAGE_SIZE, MAX_PAGE } from './parse-list-query.ts';

// All SQL of the online monitor.

export type SourceRow = typeof monitorSources.$inferSelect;
export type AdRow = typeof ads.$inferSelect;
export type NewSource = typeof monitorSources.$inferInsert;

export const insertSource = async (db: Db, source: NewSource): Promise<SourceRow> => {
  const [row] = await db.insert(monitorSources).values(source).returning();
  return row as SourceRow;
};

export const selectSource = async (db: Db, id: string): Promise<SourceRow | null> => {
  const [row] = await db.select().from(monitorSources).where(eq(monitorSources.id, id));
  return row ?? null;
};

export const selectSources = (db: Db): Promise<SourceRow[]> => db.select().from(monitorSources).orderBy(monitorSources.name);

export const markSourceCrawled = async (db: Db, id: string, at: Date): Promise<void> => {
  await db.update(monitorSources).set({ lastCrawlAt: at }).where(eq(monitorSources.id, id));
};

export const approveRobotsOverride = async (db: Db, id: string, basis: string, supervisorId: string): Promise<void> => {
  await db
    .update(monitorSources)
    .set({ robotsOverride: true, robotsOverrideBasis: basis, robotsOverrideApprovedBy: supervisorId, robotsOverrideApprovedAt: new Date() })
    .where(eq(monitorSources.id, id));
};

/**
 * Saves an edit only if nobody saved since the editor loaded the form (optimistic concurrency):
 * null when the version moved on.
 */
export const updateSourceIfVersion = async (db: Db, id: string, version: number, changes: Partial<NewSource>, by: string | null): Promise<SourceRow | null> => {
  const [row] = await db
    .update(monitorSources)
    // by = null: the change is not an edit of the settings (turning on/off); updated_by keeps the last editor.
    .set({ ...changes, ...(by ? { updatedBy: by } : {}), updatedAt: new Date(), version: sql`${monitorSources.version} + 1` })
    .where(and(eq(monitorSources.id, id), eq(monitorSources.version, version)))
    .returning();
  return row ?? null;
};

// --- frontier -------------------------------------------------------------------------------------

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

// --- ads ------------------------------------------------------------------------------------------

export type AdContent = {
  title: string;
  text: string;
  place: string | null;
  /** The place as one spelling (places/normalise-place.ts); null when not recognised. */
  placeNormalised?: string | null;
  statedAge: number | null;
  price: string | null;
  postedAt: string | null;
  contact: string | null;
  imageUrls: string[];
  phones: string[];
  contentHash: string;
};

export const selectAdByUrl = async (db: Db, sourceId: string, url: string): Promise<AdRow | null> => {
  const [row] = await db
    .select()
    .from(ads)
    .where(and(eq(ads.sourceId, sourceId), eq(ads.url, url)));
  return row ?? null;
};

export const touchAd = async (db: Db, id: string, at: Date): Promise<void> => {
  await db.update(ads).set({ lastSeenAt: at }).where(eq(ads.id, id));
};

/** The raw exchange of a version as a gzipped WARC, with the SHA-256 taken when it was stored. */
export type VersionWarc = { gz: Uint8Array; sha256: string } | null;

const versionOf = (adId: string, version: number, c: AdContent, at: Date, warc: VersionWarc = null) => ({
  adId,
  version,
  contentHash: c.contentHash,
  title: c.title,
  text: c.text,
  place: c.place,
  statedAge: c.statedAge,
  price: c.price,
  postedAt: c.postedAt,
  contact: c.contact,
  imageUrls: c.imageUrls,
  fetchedAt: at,
  warcGz: warc?.gz ?? null,
  warcSha256: warc?.sha256 ?? null,
});

export const insertAdWithVersion = async (db: Db, sourceId: string, url: string, c: AdContent, at: Date, warc: VersionWarc = null): Promise<string> => {
  const [row] = await db
    .insert(ads)
    .values({ sourceId, url, ...c, versions: 1, firstSeenAt: at, lastSeenAt: at })
    .returning({ id: ads.id });
  const id = (row as { id: string }).id;
  await db.insert(adVersions).values(versionOf(id, 1, c, at, warc));

  return id;
};

export const updateAdWithVersion = async (db: Db, ad: AdRow, c: AdContent, at: Date, warc: VersionWarc = null): Promise<void> => {
  const version = ad.versions + 1;
  await db.insert(adVersions).values(versionOf(ad.id, version, c, at, warc));
  await db
    .update(ads)
    .set({ ...c, versions: version, lastSeenAt: at })
    .where(eq(ads.id, ad.id));
};

export const upsertScores = async (db: Db, rows: Array<{ adId: string; lexiconVersion: string; total: number; fired: FiredIndicator[] }>): Promise<void> => {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await db
      .insert(adIndicatorScores)
      .values(chunk.map((r) => ({ ...r, scoredAt: new Date() })))
      .onConflictDoUpdate({
        target: adIndicatorScores.adId,
        set: { lexiconVersion: sql`excluded.lexicon_version`, total: sql`excluded.total`, fired: sql`excluded.fired`, scoredAt: sql`excluded.scored_at` },
      });
  }
};

/** What regrouping and cross-ad scoring need of every ad. */
export const selectAdsForGrouping = (db: Db) =>
  db
    .select({
      id: ads.id,
      title: ads.title,
      text: ads.text,
      contact: ads.contact,
      place: ads.place,
      placeNormalised: ads.placeNormalised,
      postedAt: ads.postedAt,
      phones: ads.phones,
      firstSeenAt: ads.firstSeenAt,
    })
    .from(ads)
    .orderBy(ads.firstSeenAt, ads.id);

/** Sets the normalised place of these ads (regrouping refreshes it when the place list changed). */
export const updatePlaceNormalised = async (db: Db, place: string | null, adIds: string[]): Promise<void> => {
  for (let i = 0; i < adIds.length; i += 500) {
    await db
      .update(ads)
      .set({ placeNormalised: place })
      .where(inArray(ads.id, adIds.slice(i, i + 500)));
  }
};

export type NewGroup = {
  template: TemplateSegment[];
  templateText: string;
  size: number;
  operatorKey: string;
  cities: string[];
  phones: string[];
  firstPostedAt: string | null;
  lastPostedAt: string | null;
  adIds: string[];
};

/**
 * Stores the recomputed template groups in one transaction, keeping ids stable (matchGroups): a
 * group that continues an old one is updated in place, only truly new groups are inserted, and groups
 * that vanished are deleted. Returns the id of each group, in the order given.
 */
export const replaceGroups = async (db: Db, groups: NewGroup[]): Promise<string[]> =>
  db.transaction(async (tx) => {
    const before = await tx.select({ id: ads.id, groupId: ads.groupId }).from(ads).where(sql`${ads.groupId} is not null`);
    const kept = matchGroups(new Map(before.map((r) => [r.id, r.groupId as string])), groups);
    const keptIds = kept.filter((k): k is string => k !== null);
    await tx.update(ads).set({ groupId: null }).where(sql`${ads.groupId} is not null`);
    await tx.delete(adGroups).where(keptIds.length > 0 ? notInArray(adGroups.id, keptIds) : undefined);
    const ids: string[] = [];
    for (const [i, g] of groups.entries()) {
      const { adIds, ...row } = g;
      const keptId = kept[i];
      let id: string;
      if (keptId) {
        await tx.update(adGroups).set(row).where(eq(adGroups.id, keptId));
        id = keptId;
      } else {
        const [inserted] = await tx.insert(adGroups).values(row).returning({ id: adGroups.id });
        id = (inserted as { id: string }).id;
      }
      await tx.update(ads).set({ groupId: id }).where(inArray(ads.id, adIds));
      ids.push(id);
    }

    return ids;
  });

export const selectGroups = (db: Db) => db.select().from(adGroups).orderBy(desc(adGroups.size));

export const selectScores = (db: Db, adIds: string[]) =>
  adIds.length === 0 ? Promise.resolve([]) : db.select().from(adIndicatorScores).where(inArray(adIndicatorScores.adId, adIds));

export const selectAdsOfSource = (db: Db, sourceId: string) => db.select().from(ads).where(eq(ads.sourceId, sourceId));

export const selectVersions = (db: Db, adId: string) => db.select().from(adVersions).where(eq(adVersions.adId, adId)).orderBy(adVersions.version);

// --- review ---------------------------------------------------------------------------------------

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

// --- lexicon --------------------------------------------------------------------------------------

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

// --- alerts on dossier matches --------------------------------------------------------------------

/** A text id as uuid, or null when it is not one (a plain cast would fail the statement). */
const asUuid = (column: SQL) =>
  sql`(CASE WHEN ${column} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (${column})::uuid END)`;


/**
 * Writes an alert for every open dossier that shares an identifier with an ad (via 'ad') or with
 * another ad of its template group (via 'group'), one per dossier owner: its assignees, else its
 * creator. `adIds` limits which ads are checked (null: all ads, after regrouping). Returns how many
 * alerts are new; the unique index makes a repeat crawl insert nothing.
 *
 * One statement on purpose, and the one place where the monitor reads the tables of cases, evidence
 * and identifiers: an identifier belongs to a dossier when it occurs in the dossier itself, in a
 * person of it (source id "<dossierId>/<subjectId>"), in evidence assigned to it, or in a report
 * linked to it. identifier_occurrences.source_id is text for every source type: it is cast to uuid
 * only when it looks like one (a malformed id would otherwise fail the whole statement), so the
 * joins use the primary keys of ads, evidence and reports. For a few ads (at store) matching starts
 * from their identifiers and their group mates'; for all ads (after regrouping) from the few
 * identifiers of open dossiers, so a large group costs its matching ads, not its size squared.
 */
export const insertDossierMatchAlerts = async (db: Db, adIds: string[] | null): Promise<number> => {
  if (adIds && adIds.length === 0) return 0;
  const finished = sql.join(
    FINISHED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  // Which identifiers to look up in dossiers: for a few ads, only theirs and their group mates' (found
  // through the source index); for all ads, every identifier of an open dossier.
  const wanted = adIds
    ? sql`SELECT identifier_id FROM candidates`
    : sql`SELECT o.identifier_id FROM identifier_occurrences o WHERE o.source_type IN ('dossier', 'dossier_person', 'evidence', 'report')`;
  const inScope = adIds
    ? sql`a.id IN (${sql.join(
        adIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`false`;
  const result = await db.execute(sql`
    WITH open_dossiers AS (
      SELECT d.id, d.created_by FROM dossiers d WHERE d.status NOT IN (${finished})
    ),
    candidates AS (
      SELECT a.id AS ad_id, a.group_id, o.identifier_id, 'ad' AS via
      FROM ads a JOIN identifier_occurrences o ON o.source_type = 'ad' AND o.source_id = a.id::text
      WHERE ${inScope}
      UNION
      SELECT a.id, a.group_id, o.identifier_id, 'group'
      FROM ads a
      JOIN ads m ON m.group_id = a.group_id AND m.id <> a.id
      JOIN identifier_occurrences o ON o.source_type = 'ad' AND o.source_id = m.id::text
      WHERE ${inScope} AND a.group_id IS NOT NULL
    ),
    dossier_identifiers AS (
      SELECT o.identifier_id, d.id AS dossier_id
      FROM identifier_occurrences o
      JOIN open_dossiers d ON (o.source_type = 'dossier' AND o.source_id = d.id::text)
        OR (o.source_type = 'dossier_person' AND split_part(o.source_id, '/', 1) = d.id::text)
      WHERE o.identifier_id IN (${wanted})
      UNION
      SELECT o.identifier_id, e.dossier_id
      FROM identifier_occurrences o
      JOIN evidence_items e ON o.source_type = 'evidence' AND e.id = ${asUuid(sql`o.source_id`)}
      JOIN open_dossiers d ON d.id = e.dossier_id
      WHERE o.identifier_id IN (${wanted})
      UNION
      SELECT o.identifier_id, dr.dossier_id
      FROM identifier_occurrences o
      JOIN dossier_reports dr ON o.source_type = 'report' AND dr.report_id = ${asUuid(sql`o.source_id`)}
      JOIN open_dossiers d ON d.id = dr.dossier_id
      WHERE o.identifier_id IN (${wanted})
    ),
    carriers AS (
      SELECT DISTINCT m.id AS carrier_id, m.group_id, di.identifier_id, di.dossier_id
      FROM dossier_identifiers di
      JOIN identifier_occurrences o ON o.identifier_id = di.identifier_id AND o.source_type = 'ad'
      JOIN ads m ON m.id = ${asUuid(sql`o.source_id`)}
    ),
    hits AS (
      ${
        adIds
          ? sql`SELECT c.ad_id, c.group_id, c.identifier_id, di.dossier_id, c.via
      FROM candidates c JOIN dossier_identifiers di ON di.identifier_id = c.identifier_id`
          : sql`SELECT c.carrier_id AS ad_id, c.group_id, c.identifier_id, c.dossier_id, 'ad' AS via FROM carriers c
      UNION ALL
      SELECT a.id, a.group_id, c.identifier_id, c.dossier_id, 'group'
      FROM carriers c JOIN ads a ON a.group_id = c.group_id AND a.id <> c.carrier_id
      WHERE c.group_id IS NOT NULL`
      }
    ),
    -- Owners: the assignees who can still sign in; when none is left, the creator (if still active).
    -- A disabled account gets no alerts: nobody would read them.
    owners AS (
      SELECT da.dossier_id, da.user_id AS owner_user_id
      FROM dossier_assignees da
      JOIN open_dossiers d ON d.id = da.dossier_id
      JOIN users u ON u.id = da.user_id AND u.disabled_at IS NULL
      UNION
      SELECT d.id, d.created_by
      FROM open_dossiers d
      JOIN users u ON u.id = d.created_by AND u.disabled_at IS NULL
      WHERE NOT EXISTS (
        SELECT 1 FROM dossier_assignees da JOIN users ua ON ua.id = da.user_id AND ua.disabled_at IS NULL WHERE da.dossier_id = d.id
      )
    )
    INSERT INTO monitor_alerts (ad_id, group_id, dossier_id, identifier_id, via, owner_user_id)
    SELECT h.ad_id, h.group_id, h.dossier_id, h.identifier_id, min(h.via), ow.owner_user_id
    FROM hits h JOIN owners ow ON ow.dossier_id = h.dossier_id
    GROUP BY h.ad_id, h.group_id, h.dossier_id, h.identifier_id, ow.owner_user_id
    ON CONFLICT DO NOTHING
    RETURNING id`);

  return (result as unknown as { rows: unknown[] }).rows.length;
};

/** One alert as its owner sees it: the ad, the identifier, and the dossier (shown only with access). */
export const selectAlertsOfOwner = async (db: Db, ownerUserId: string, limit: number) => {
  const result = await db.execute(sql`
    SELECT al.id, al.via, al.created_at, al.read_at, al.dossier_id,
      a.id AS ad_id, a.title AS ad_title, a.place AS ad_place,
      i.kind, i.key, i.display,
      d.title AS dossier_title, d.status AS dossier_status, g.operator_key
    FROM monitor_alerts al
    JOIN ads a ON a.id = al.ad_id
    JOIN identifiers i ON i.id = al.identifier_id
    LEFT JOIN dossiers d ON d.id = al.dossier_id
    LEFT JOIN ad_groups g ON g.id = a.group_id
    WHERE al.owner_user_id = ${ownerUserId}
    ORDER BY al.read_at IS NOT NULL, al.created_at DESC, al.id
    LIMIT ${limit}`);

  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    id: String(r.id),
    via: String(r.via) === 'group' ? ('group' as const) : ('ad' as const),
    createdAt: new Date(r.created_at as string),
    readAt: r.read_at ? new Date(r.read_at as string) : null,
    dossierId: String(r.dossier_id),
    dossierTitle: r.dossier_title === null ? null : String(r.dossier_title),
    dossierStatus: r.dossier_status === null ? null : String(r.dossier_status),
    adId: String(r.ad_id),
    adTitle: String(r.ad_title),
    adPlace: r.ad_place === null ? null : String(r.ad_place),
    kind: String(r.kind),
    key: String(r.key),
    display: String(r.display),
    operatorKey: r.operator_key ? String(r.operator_key) : null,
  }));
};

export type OwnerAlertRow = Awaited<ReturnType<typeof selectAlertsOfOwner>>[number];

export const countUnreadAlerts = async (db: Db, ownerUserId: string): Promise<number> => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitorAlerts)
    .where(and(eq(monitorAlerts.ownerUserId, ownerUserId), isNull(monitorAlerts.readAt)));

  return Number(row?.n ?? 0);
};

/** Marks one alert read, only when it is the user's own; false when there is no such alert. */
export const markMonitorAlertRead = async (db: Db, alertId: string, ownerUserId: string): Promise<boolean> => {
  const rows = await db
    .update(monitorAlerts)
    .set({ readAt: sql`coalesce(${monitorAlerts.readAt}, now())` })
    .where(and(eq(monitorAlerts.id, alertId), eq(monitorAlerts.ownerUserId, ownerUserId)))
    .returning({ id: monitorAlerts.id });

  return rows.length > 0;
};

/** The ads that match a dossier (one row per ad and identifier, whoever the owner), for the dossier page. */
export const selectDossierAlertAds = async (db: Db, dossierId: string, limit: number) => {
  const result = await db.execute(sql`
    SELECT a.id AS ad_id, a.title, a.place, i.kind, i.key, i.display, min(al.via) AS via, min(al.created_at) AS created_at
    FROM monitor_alerts al
    JOIN ads a ON a.id = al.ad_id
    JOIN identifiers i ON i.id = al.identifier_id
    WHERE al.dossier_id = ${dossierId}::uuid
    GROUP BY a.id, a.title, a.place, i.kind, i.key, i.display
    ORDER BY min(al.created_at) DESC, a.id
    LIMIT ${limit}`);

  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    adId: String(r.ad_id),
    title: String(r.title),
    place: r.place === null ? null : String(r.place),
    kind: String(r.kind),
    key: String(r.key),
    display: String(r.display),
    via: String(r.via) === 'group' ? ('group' as const) : ('ad' as const),
    createdAt: new Date(r.created_at as string),
  }));
};

/** Review decisions that added an ad to this dossier, with who decided. */
export const selectDossierReviews = (db: Db, dossierId: string, limit: number) =>
  db
    .select({ adId: ads.id, title: ads.title, place: ads.place, reason: adReviews.reason, decidedAt: adReviews.decidedAt, decidedBy: users.name })
    .from(adReviews)
    .innerJoin(ads, eq(ads.id, adReviews.adId))
    .innerJoin(users, eq(users.id, adReviews.decidedBy))
    .where(and(eq(adReviews.dossierId, dossierId), eq(adReviews.decision, 'dossier')))
    .orderBy(desc(adReviews.decidedAt))
    .limit(limit);

// --- ad page --------------------------------------------------------------------------------------

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

// --- paged lists with filters ---------------------------------------------------------------------

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

// --- operator view --------------------------------------------------------------------------------

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

/** How many groups come before this one on /monitor/groepen (largest first, then id); null if it does not exist. */
export const selectGroupPosition = async (db: Db, groupId: string): Promise<number | null> => {
  const result = await db.execute(sql`
    SELECT (SELECT count(*) FROM ad_groups g2 WHERE g2.size > g.size OR (g2.size = g.size AND g2.id < g.id))::int AS before
    FROM ad_groups g WHERE g.id = ${groupId}::uuid`);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];

  return row ? Number(row.before) : null;
};

/** Like countUnreadAlerts, but stops after `cap` + 1 rows: the start page asks on every visit. */
export const countUnreadAlertsUpTo = async (db: Db, ownerUserId: string, cap: number): Promise<number> => {
  const unread = db
    .select({ one: sql`1` })
    .from(monitorAlerts)
    .where(and(eq(monitorAlerts.ownerUserId, ownerUserId), isNull(monitorAlerts.readAt)))
    .limit(cap + 1)
    .as('unread');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(unread);

  return Number(row?.n ?? 0);
};
