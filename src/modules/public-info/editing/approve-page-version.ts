import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { plainText } from '../pages/blocks.ts';
import { announcePublished, findVersionById, lockPage, replacePublishedVersions, updatePage, updateVersion } from '../queries.ts';
import type { Editor } from './save-page-version.ts';
import { forgetLiveVersion } from '../pages/render-cache.ts';
import { P } from './texts-problems.ts';

/**
 * A second person approves a proposed version: it becomes what the public sees, and the version it
 * replaces stays in the history. The author can never approve their own version (four eyes).
 */
export const approvePageVersion = async (ctx: AppContext, versionId: string, by: Editor): Promise<Result<{ pageId: string; number: number }>> => {
  const result = await ctx.db.transaction(async (tx) => {
    const version = await findVersionById(tx, versionId);
    if (!version) return fail(problem('not_found', P.notFound));
    const page = await lockPage(tx, version.pageId);
    if (!page) return fail(problem('not_found', P.notFound));
    if (version.status !== 'proposed') return fail(problem('conflict', P.notProposed));
    if (version.createdBy === by.userId) return fail(problem('forbidden', P.ownVersion));
    const now = ctx.clock.now();
    await replacePublishedVersions(tx, page.id);
    await updateVersion(tx, version.id, { status: 'published', reviewedBy: by.userId, reviewedByLabel: by.label, reviewedAt: now });
    await updatePage(tx, page.id, {
      publishedVersionId: version.id,
      searchNl: plainText(version.content.nl),
      searchEn: plainText(version.content.en),
      updatedAt: now,
    });
    // Other app instances forget their cached live version when this commits (pages/render-cache.ts).
    await announcePublished(tx, page.slug);
    await recordAuditEvent(tx, {
      actor: by,
      action: 'info.version.publish',
      targetType: 'info_page',
      targetId: page.id,
      details: { slug: page.slug, version: version.number, proposedBy: version.createdByLabel },
    });

    return ok({ pageId: page.id, number: version.number, slug: page.slug });
  });
  if (!result.ok) return result;
  forgetLiveVersion(ctx, result.value.slug);

  return ok({ pageId: result.value.pageId, number: result.value.number });
};
