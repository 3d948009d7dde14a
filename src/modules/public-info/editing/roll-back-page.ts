import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { findVersion, lockPage, type VersionRow } from '../queries.ts';
import { addVersion, type Editor } from './save-page-version.ts';
import { P } from './texts-problems.ts';

/**
 * Going back to an older text proposes it again as a new version (history is never rewritten). It
 * goes live only after a second person approves it, like any other change.
 */
export const rollBackPage = async (ctx: AppContext, pageId: string, toNumber: number, by: Editor): Promise<Result<VersionRow>> =>
  ctx.db.transaction(async (tx) => {
    const page = await lockPage(tx, pageId);
    if (!page) return fail(problem('not_found', P.notFound));
    const old = await findVersion(tx, pageId, toNumber);
    if (!old) return fail(problem('not_found', P.notFound));
    const reason = `Terug naar versie ${old.number} / back to version ${old.number}`;
    const version = await addVersion(tx, ctx, { pageId, number: page.latestVersion + 1, content: old.content, reason, by });
    await recordAuditEvent(tx, {
      actor: by,
      action: 'info.version.rollback',
      targetType: 'info_page',
      targetId: pageId,
      details: { slug: page.slug, from: old.number, version: version.number },
    });

    return ok(version);
  });
