import type { AppContext } from '../../app/context.ts';
import { isUuid } from '../../app/forms.ts';
import type { Lang } from '../../web/i18n.ts';
import {
  countsOfPaths,
  findCampaignPath,
  findPage,
  findPublishedVersionId,
  findVersion,
  findVersionById,
  listBrokenLinks,
  listCampaignPaths,
  listPages,
  listPublished,
  listVersions,
  type PageRow,
  searchPublished,
  type VersionRow,
} from './queries.ts';

import { cachedLiveVersion } from './pages/render-cache.ts';

/** The read functions the routes call (routes never touch queries.ts; see .dependency-cruiser.cjs). */

export const readPublishedVersionId = (ctx: AppContext, slug: string) =>
  cachedLiveVersion(ctx, slug, ctx.clock.now().getTime(), () => findPublishedVersionId(ctx.db, slug, 'page'));

export const listPublishedPages = async (ctx: AppContext) => (await listPublished(ctx.db)).filter((r) => r.page.kind === 'page');

export const searchPages = (ctx: AppContext, lang: Lang, text: string) => searchPublished(ctx.db, lang, text);

/** A landing path's published campaign, or undefined (unknown path, or the campaign is not live). */
export const findLanding = async (ctx: AppContext, code: string): Promise<{ page: PageRow; version: VersionRow } | undefined> => {
  const path = await findCampaignPath(ctx.db, code);
  if (!path) return undefined;
  const page = await findPage(ctx.db, path.pageId);
  if (!page?.publishedVersionId) return undefined;
  const version = await findVersionById(ctx.db, page.publishedVersionId);

  return version ? { page, version } : undefined;
};

// Ids from a URL in any case (isUuid); the database's are lower case.
export const readPage = async (ctx: AppContext, id: string) => (isUuid(id) ? findPage(ctx.db, id.toLowerCase()) : undefined);

export const readVersion = (ctx: AppContext, pageId: string, number: number) => findVersion(ctx.db, pageId, number);

export const readVersionById = (ctx: AppContext, id: string) => (isUuid(id) ? findVersionById(ctx.db, id.toLowerCase()) : Promise.resolve(undefined));

export const readPageList = (ctx: AppContext) => listPages(ctx.db);

export const readHistory = (ctx: AppContext, pageId: string) => listVersions(ctx.db, pageId);

export const readLandingCodes = async (ctx: AppContext, pageId: string) => (await listCampaignPaths(ctx.db, pageId)).map((p) => p.code);

export const readCounts = (ctx: AppContext, codes: string[], from: string, to: string) => countsOfPaths(ctx.db, codes, from, to);
export type { PageRow, VersionRow } from './queries.ts';

export const readBrokenLinks = (ctx: AppContext) => listBrokenLinks(ctx.db);
