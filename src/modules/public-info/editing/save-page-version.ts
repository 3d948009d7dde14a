import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import type { Db } from '../../../db/client.ts';
import { type AuditActor, recordAuditEvent } from '../../audit/index.ts';
import type { PageContent } from '../pages/blocks.ts';
import type { PageInput } from './parse-page-form.ts';
import { findVersion, insertVersion, lockPage, updatePage, type VersionRow } from '../queries.ts';
import { P } from './texts-problems.ts';

export type Editor = AuditActor & { userId: string };

/** Inside a transaction: the next version of a page, proposed for a second person's approval. */
export const addVersion = async (
  tx: Db,
  ctx: AppContext,
  o: { pageId: string; number: number; content: PageContent; reason: string; by: AuditActor },
): Promise<VersionRow> => {
  const version = await insertVersion(tx, {
    pageId: o.pageId,
    number: o.number,
    content: o.content,
    reason: o.reason,
    status: 'proposed',
    createdBy: o.by.userId,
    createdByLabel: o.by.label,
    createdAt: ctx.clock.now(),
  });
  await updatePage(tx, o.pageId, { latestVersion: o.number, updatedAt: ctx.clock.now() });

  return version;
};

export type Stale = { theirs: VersionRow };

/**
 * Saves the editor's text as a new version that waits for approval. The editor says which version
 * they started from (`basis`); if someone else saved in between, nothing is written and the caller
 * gets the other version back (409), so the editor can merge and lose nothing.
 */
export const savePageVersion = async (ctx: AppContext, pageId: string, input: PageInput, by: Editor): Promise<Result<VersionRow> & { stale?: Stale }> =>
  ctx.db.transaction(async (tx) => {
    const page = await lockPage(tx, pageId);
    if (!page) return fail(problem('not_found', P.notFound));
    if (page.latestVersion !== input.basis) {
      const theirs = await findVersion(tx, pageId, page.latestVersion);
      return { ...fail(problem('stale', P.stale)), ...(theirs ? { stale: { theirs } } : {}) };
    }
    const version = await addVersion(tx, ctx, { pageId, number: page.latestVersion + 1, content: input.content, reason: input.reason, by });
    await recordAuditEvent(tx, {
      actor: by,
      action: 'info.version.propose',
      targetType: 'info_page',
      targetId: pageId,
      details: { slug: page.slug, version: version.number, reason: input.reason },
    });

    return ok(version);
  });
