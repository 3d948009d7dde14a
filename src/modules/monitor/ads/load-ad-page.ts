import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { sha256Hex } from '../../evidence/index.ts';
import { showWhereElseSeen, viewerMayOpen, IDENTIFIER_ROLES } from '../../identifiers/index.ts';
import { hasAccess } from '../../accounts/index.ts';
import { readKeptUntil } from '../../retention/index.ts';
import type { KeptUntil } from '../../../app/module.ts';
import { diffWords, type WordChange } from './diff-words.ts';
import type { TemplateSegment } from '../grouping/derive-template.ts';
import type { FiredIndicator } from '../indicators/score-ad.ts';
import { type AdRow, selectSource } from '../queries/sources.ts';
import { selectAd } from '../queries/review.ts';
import { selectAdsOfGroups, selectGroup, selectOperatorGroups, selectReviewsWithDeciders, selectLatestVersions } from '../queries/ad-page.ts';
import { selectScores } from '../queries/ads.ts';

/** A page stays bounded for a group of thousands of ads. */
export const AD_PAGE_LIMITS = { groupAds: 50, operatorGroups: 20, versions: 50 } as const;

/** The fields of a version that can change, in the order the page names them. */
export const VERSION_FIELDS = ['title', 'text', 'place', 'statedAge', 'price', 'postedAt', 'contact', 'imageUrls'] as const;
export type VersionField = (typeof VERSION_FIELDS)[number];

export type AdPageVersion = {
  version: number;
  fetchedAt: Date;
  contentHash: string;
  /** Fields that differ from the version before (empty for the first). */
  changed: VersionField[];
  /** Word diff of the text against the version before, when the text changed. */
  textDiff: WordChange[] | null;
  /** The stored raw exchange, with the server's check of its SHA-256 against the one taken at storage. */
  warc: { size: number; sha256: string; intact: boolean } | null;
};

export type AdPageData = {
  ad: AdRow;
  sourceName: string;
  score: { total: number; lexiconVersion: string; fired: FiredIndicator[]; scoredAt: Date } | null;
  group: {
    id: string;
    template: TemplateSegment[];
    size: number;
    cities: string[];
    phones: string[];
    firstPostedAt: string | null;
    lastPostedAt: string | null;
    otherAds: Array<{ id: string; title: string; place: string | null }>;
    operatorKey: string;
    operatorGroups: Array<{ id: string; size: number; cities: string[]; phones: string[] }>;
  } | null;
  versions: AdPageVersion[];
  /** Older versions not on the page (their WARCs stay downloadable). */
  olderVersions: number;
  reviews: Array<{ id: string; decision: string; reason: string; decidedAt: Date; decidedBy: string | null; dossierId: string | null; mayOpenDossier: boolean }>;
  whereElse: Awaited<ReturnType<typeof showWhereElseSeen>> & { linkIdentifiers: boolean };
  /** Until when the ad is kept (retention rule monitor.ad, from last seen online; issue 19). */
  keptUntil: KeptUntil | null;
};

type Viewer = { id: string; name: string; roles: readonly string[] };

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Everything the page of one ad shows. The view is written to the access log (as is each identifier
 * shown in the "where else" block); links to other sources are given only where the viewer may open them.
 */
export const loadAdPage = async (ctx: AppContext, adId: string, viewer: Viewer): Promise<AdPageData | null> => {
  const ad = await selectAd(ctx.db, adId);
  if (!ad) return null;
  await logAccess(ctx.db, { user: viewer, recordType: 'ad', recordId: ad.id, action: 'view' });
  const [source, [score], rows, reviewRows] = await Promise.all([
    selectSource(ctx.db, ad.sourceId),
    selectScores(ctx.db, [ad.id]),
    // One more than shown, to say what changed in the oldest one shown.
    selectLatestVersions(ctx.db, ad.id, AD_PAGE_LIMITS.versions + 1),
    selectReviewsWithDeciders(ctx.db, ad.id),
  ]);

  let group: AdPageData['group'] = null;
  const groupRow = ad.groupId ? await selectGroup(ctx.db, ad.groupId) : null;
  if (groupRow) {
    const members = await selectAdsOfGroups(ctx.db, [groupRow.id], AD_PAGE_LIMITS.groupAds + 1);
    group = {
      id: groupRow.id,
      template: groupRow.template,
      size: groupRow.size,
      cities: groupRow.cities,
      phones: groupRow.phones,
      firstPostedAt: groupRow.firstPostedAt,
      lastPostedAt: groupRow.lastPostedAt,
      otherAds: members.filter((m) => m.id !== ad.id).slice(0, AD_PAGE_LIMITS.groupAds),
      operatorKey: groupRow.operatorKey,
      operatorGroups: await selectOperatorGroups(ctx.db, groupRow.operatorKey, groupRow.id, AD_PAGE_LIMITS.operatorGroups),
    };
  }

  const shown = rows.length > AD_PAGE_LIMITS.versions ? rows.slice(1) : rows;
  const versions: AdPageVersion[] = shown.map((v) => {
    const before = rows[rows.indexOf(v) - 1];
    const changed = before ? VERSION_FIELDS.filter((f) => !sameValue(v[f], before[f])) : [];
    return {
      version: v.version,
      fetchedAt: v.fetchedAt,
      contentHash: v.contentHash,
      changed,
      textDiff: before && changed.includes('text') ? diffWords(before.text, v.text) : null,
      warc: v.warcGz && v.warcSha256 ? { size: v.warcGz.byteLength, sha256: v.warcSha256, intact: sha256Hex(v.warcGz) === v.warcSha256 } : null,
    };
  });

  const mayOpen = viewerMayOpen(ctx, viewer);
  const reviews = await Promise.all(
    reviewRows.map(async (r) => ({ ...r, mayOpenDossier: r.dossierId ? await mayOpen({ type: 'dossier', id: r.dossierId }) : false })),
  );
  const whereElse = await showWhereElseSeen(ctx, { source: { type: 'ad', id: ad.id }, viewer });
  // An ad judged relevant or added to a dossier stays as long as that dossier (monitor/retention.ts).
  const followsDossier = reviewRows.some((r) => r.decision === 'relevant' || r.decision === 'dossier' || r.dossierId !== null);
  const keptUntil = await readKeptUntil(ctx, { ruleKey: 'monitor.ad', from: ad.lastSeenAt, followsDossier });

  return {
    ad,
    sourceName: source?.name ?? '–',
    score: score ? { total: score.total, lexiconVersion: score.lexiconVersion, fired: score.fired, scoredAt: score.scoredAt } : null,
    group,
    versions: versions.reverse(),
    olderVersions: Math.max(0, ad.versions - versions.length),
    reviews,
    whereElse: { ...whereElse, linkIdentifiers: hasAccess(IDENTIFIER_ROLES, viewer.roles) },
    keptUntil,
  };
};
