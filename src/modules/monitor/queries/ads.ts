import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { adGroups, adIndicatorScores, adVersions, ads } from '../schema.ts';
import type { FiredIndicator } from '../indicators/score-ad.ts';
import type { TemplateSegment } from '../grouping/derive-template.ts';
import { matchGroups } from '../grouping/match-groups.ts';
import type { AdRow } from './sources.ts';

// Ads, their versions and scores, and the template groups (what the crawler and regrouping write).

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

// ── the same writes for a batch of ads (crawler/store-ads.ts): one statement each, not one per ad ──

/** The stored ads of one source among these URLs (what selectAdByUrl gives, for many URLs at once). */
export const selectAdsByUrls = async (db: Db, sourceId: string, urls: string[]): Promise<AdRow[]> =>
  urls.length === 0 ? [] : db.select().from(ads).where(and(eq(ads.sourceId, sourceId), inArray(ads.url, urls)));

/** touchAd for many ads, each with its own time. */
export const touchAds = async (db: Db, rows: Array<{ id: string; at: Date }>): Promise<void> => {
  if (rows.length === 0) return;
  const values = JSON.stringify(rows.map((r) => ({ id: r.id, at: r.at.toISOString() })));
  await db.execute(sql`
    UPDATE ads SET last_seen_at = v.at
      FROM jsonb_to_recordset(${values}::jsonb) AS v(id uuid, at timestamptz)
     WHERE ads.id = v.id`);
};

export type NewAdRow = { sourceId: string; url: string; content: AdContent; at: Date; warc: VersionWarc };

/**
 * New versions from one JSON parameter (issue 13: drizzle's multi-row insert builds one placeholder
 * per value and checks every value's type, which cost node more CPU than PostgreSQL spent on the
 * rows). The WARC travels as hex text ('\\x…'), which PostgreSQL reads as bytea.
 */
const insertVersions = async (db: Db, rows: Array<ReturnType<typeof versionOf>>): Promise<void> => {
  const values = JSON.stringify(
    rows.map((v) => ({ ...v, fetchedAt: v.fetchedAt.toISOString(), warcGz: v.warcGz ? `\\x${Buffer.from(v.warcGz).toString('hex')}` : null })),
  );
  await db.execute(sql`
    INSERT INTO ad_versions (ad_id, version, content_hash, title, text, place, stated_age, price, posted_at, contact, image_urls, fetched_at, warc_gz, warc_sha256)
    SELECT v."adId", v.version, v."contentHash", v.title, v.text, v.place, v."statedAge", v.price, v."postedAt", v.contact,
           coalesce(v."imageUrls", '{}'), v."fetchedAt", v."warcGz", v."warcSha256"
      FROM jsonb_to_recordset(${values}::jsonb) AS v("adId" uuid, version int, "contentHash" text, title text, text text, place text,
           "statedAge" int, price text, "postedAt" text, contact text, "imageUrls" text[], "fetchedAt" timestamptz, "warcGz" bytea, "warcSha256" text)`);
};

/** insertAdWithVersion for many new ads: one insert of the ads, one of their first versions. Returns the id per URL. */
export const insertAdsWithVersions = async (db: Db, rows: NewAdRow[]): Promise<Map<string, string>> => {
  const ids = new Map<string, string>();
  if (rows.length === 0) return ids;
  const values = JSON.stringify(
    rows.map((r) => ({ sourceId: r.sourceId, url: r.url, ...r.content, placeNormalised: r.content.placeNormalised ?? null, at: r.at.toISOString() })),
  );
  const inserted = (await db.execute(sql`
    INSERT INTO ads (source_id, url, title, text, place, place_normalised, stated_age, price, posted_at, contact, image_urls, phones, content_hash, versions, first_seen_at, last_seen_at)
    SELECT v."sourceId", v.url, v.title, v.text, v.place, v."placeNormalised", v."statedAge", v.price, v."postedAt", v.contact,
           coalesce(v."imageUrls", '{}'), coalesce(v.phones, '{}'), v."contentHash", 1, v.at, v.at
      FROM jsonb_to_recordset(${values}::jsonb) AS v("sourceId" uuid, url text, title text, text text, place text, "placeNormalised" text,
           "statedAge" int, price text, "postedAt" text, contact text, "imageUrls" text[], phones text[], "contentHash" text, at timestamptz)
    RETURNING id, source_id AS "sourceId", url`)) as unknown as { rows: Array<{ id: string; sourceId: string; url: string }> };
  for (const r of inserted.rows) ids.set(`${r.sourceId}\u0000${r.url}`, r.id);
  await insertVersions(
    db,
    rows.map((r) => versionOf(ids.get(`${r.sourceId}\u0000${r.url}`) as string, 1, r.content, r.at, r.warc)),
  );

  return ids;
};

/**
 * updateAdWithVersion for many changed ads: one insert of the new versions; the ads themselves are
 * updated one statement each (each gets its own content; a recrawl changes few ads).
 */
export const updateAdsWithVersions = async (db: Db, rows: Array<{ ad: AdRow; content: AdContent; at: Date; warc: VersionWarc }>): Promise<void> => {
  if (rows.length === 0) return;
  await insertVersions(
    db,
    rows.map((r) => versionOf(r.ad.id, r.ad.versions + 1, r.content, r.at, r.warc)),
  );
  for (const r of rows) {
    await db
      .update(ads)
      .set({ ...r.content, versions: r.ad.versions + 1, lastSeenAt: r.at })
      .where(eq(ads.id, r.ad.id));
  }
};

/** Scores of many ads, inserted or replaced, from one JSON parameter per 2,000 (see insertVersions). */
export const upsertScores = async (db: Db, rows: Array<{ adId: string; lexiconVersion: string; total: number; fired: FiredIndicator[] }>): Promise<void> => {
  for (let i = 0; i < rows.length; i += 2000) {
    const scoredAt = new Date().toISOString();
    const values = JSON.stringify(rows.slice(i, i + 2000));
    await db.execute(sql`
      INSERT INTO ad_indicator_scores (ad_id, lexicon_version, total, fired, scored_at)
      SELECT v."adId", v."lexiconVersion", v.total, v.fired, ${scoredAt}::timestamptz
        FROM jsonb_to_recordset(${values}::jsonb) AS v("adId" uuid, "lexiconVersion" text, total real, fired jsonb)
      ON CONFLICT (ad_id) DO UPDATE
        SET lexicon_version = excluded.lexicon_version, total = excluded.total, fired = excluded.fired, scored_at = excluded.scored_at`);
  }
};

/**
 * What regrouping and cross-ad scoring need of every ad, with its stored score (null when it has
 * none). Ordered by first seen and then by URL and source, not by the random id: ads crawled in one
 * batch share their first-seen time, and the grouping (and so the groups and operator keys) depends
 * on the order it reads ads in, which must not depend on the order they happened to be stored in.
 */
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
      scoreVersion: adIndicatorScores.lexiconVersion,
      scoreFired: adIndicatorScores.fired,
    })
    .from(ads)
    .leftJoin(adIndicatorScores, eq(adIndicatorScores.adId, ads.id))
    .orderBy(ads.firstSeenAt, ads.url, ads.sourceId);

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
 *
 * A handful of statements whatever the number of groups (issue 13: two per group made regrouping
 * 10,000 ads thousands of round trips): the kept groups are updated from one JSON parameter, the new
 * ones inserted in chunks with ids made here, and only ads whose group changed are written.
 */
export const replaceGroups = async (db: Db, groups: NewGroup[]): Promise<string[]> =>
  db.transaction(async (tx) => {
    const before = await tx.select({ id: ads.id, groupId: ads.groupId }).from(ads).where(sql`${ads.groupId} is not null`);
    const kept = matchGroups(new Map(before.map((r) => [r.id, r.groupId as string])), groups);
    const keptIds = kept.filter((k): k is string => k !== null);
    await tx.delete(adGroups).where(keptIds.length > 0 ? notInArray(adGroups.id, keptIds) : undefined);
    const ids = groups.map((_, i) => kept[i] ?? randomUUID());
    const rowOf = (g: NewGroup) => {
      const { adIds: _ads, ...row } = g;
      return row;
    };
    const updates = groups.flatMap((g, i) => (kept[i] ? [{ id: ids[i], ...rowOf(g) }] : []));
    for (let i = 0; i < updates.length; i += 500) {
      const values = JSON.stringify(updates.slice(i, i + 500));
      await tx.execute(sql`
        UPDATE ad_groups g
           SET template = v."template", template_text = v."templateText", size = v.size, operator_key = v."operatorKey",
               cities = v.cities, phones = v.phones, first_posted_at = v."firstPostedAt", last_posted_at = v."lastPostedAt"
          FROM jsonb_to_recordset(${values}::jsonb) AS v(id uuid, "template" jsonb, "templateText" text, size int, "operatorKey" text,
               cities text[], phones text[], "firstPostedAt" text, "lastPostedAt" text)
         WHERE g.id = v.id`);
    }
    const inserts = groups.flatMap((g, i) => (kept[i] ? [] : [{ id: ids[i] as string, ...rowOf(g) }]));
    for (let i = 0; i < inserts.length; i += 500) await tx.insert(adGroups).values(inserts.slice(i, i + 500));
    // Every ad's new group (none for an ad that left all groups); only ads whose group changed are written.
    const wanted = new Map<string, string>();
    groups.forEach((g, i) => {
      for (const adId of g.adIds) wanted.set(adId, ids[i] as string);
    });
    const was = new Map(before.map((r) => [r.id, r.groupId]));
    const changes = [
      ...before.filter((r) => !wanted.has(r.id)).map((r) => ({ id: r.id, g: null as string | null })),
      ...[...wanted].filter(([id, g]) => was.get(id) !== g).map(([id, g]) => ({ id, g })),
    ];
    for (let i = 0; i < changes.length; i += 5000) {
      const values = JSON.stringify(changes.slice(i, i + 5000));
      await tx.execute(sql`
        UPDATE ads SET group_id = v.g
          FROM jsonb_to_recordset(${values}::jsonb) AS v(id uuid, g uuid)
         WHERE ads.id = v.id`);
    }

    return ids;
  });

export const selectGroups = (db: Db) => db.select().from(adGroups).orderBy(desc(adGroups.size));

export const selectScores = (db: Db, adIds: string[]) =>
  adIds.length === 0 ? Promise.resolve([]) : db.select().from(adIndicatorScores).where(inArray(adIndicatorScores.adId, adIds));

export const selectAdsOfSource = (db: Db, sourceId: string) => db.select().from(ads).where(eq(ads.sourceId, sourceId));

export const selectVersions = (db: Db, adId: string) => db.select().from(adVersions).where(eq(adVersions.adId, adId)).orderBy(adVersions.version);
