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
