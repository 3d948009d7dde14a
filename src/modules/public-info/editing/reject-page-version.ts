import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { findVersionById, lockPage, updateVersion } from '../queries.ts';
import type { Editor } from './save-page-version.ts';
import { P } from './texts-problems.ts';

/** A reviewer sends a proposed version back; it stays in the history as rejected, with who and why. */
export const rejectPageVersion = async (ctx: AppContext, versionId: string, reason: string, by: Editor): Promise<Result<{ pageId: string }>> =>
  ctx.db.transaction(async (tx) => {
    const version = await findVersionById(tx, versionId);
    if (!version) return fail(problem('not_found', P.notFound));
    const page = await lockPage(tx, version.pageId);
    if (!page) return fail(problem('not_found', P.notFound));
    if (version.status !== 'proposed') return fail(problem('conflict', P.notProposed));
    await updateVersion(tx, version.id, { status: 'rejected', reviewedBy: by.userId, reviewedByLabel: by.label, reviewedAt: ctx.clock.now() });
    await recordAuditEvent(tx, {
      actor: by,
      action: 'info.version.reject',
      targetType: 'info_page',
      targetId: page.id,
      details: { slug: page.slug, version: version.number, reason },
    });

    return ok({ pageId: page.id });
  });
