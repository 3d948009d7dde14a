import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import type { PageInput } from './parse-page-form.ts';
import { existingCodes, findPageBySlug, insertCampaignPath, insertPage } from '../queries.ts';
import { addVersion, type Editor } from './save-page-version.ts';
import { P } from './texts-problems.ts';

export type NewPage = PageInput & { slug: string; kind: 'page' | 'campaign'; codes: string[] };

/** A new information page or campaign, with its first version proposed and its landing paths. */
export const createPage = async (ctx: AppContext, input: NewPage, by: Editor): Promise<Result<{ id: string }>> =>
  ctx.db.transaction(async (tx) => {
    const problems: Problem[] = [];
    if (await findPageBySlug(tx, input.slug)) problems.push(problem('slug_taken', P.slugTaken, 'slug'));
    const taken = await existingCodes(tx, input.codes);
    if (taken.length > 0) problems.push(problem('code_taken', P.codeTaken(taken.join(', ')), 'codes'));
    if (problems.length > 0) return fail(...problems);
    const page = await insertPage(tx, { slug: input.slug, kind: input.kind, createdAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
    if (!page) return fail(problem('slug_taken', P.slugTaken, 'slug'));
    await addVersion(tx, ctx, { pageId: page.id, number: 1, content: input.content, reason: input.reason, by });
    for (const code of input.kind === 'campaign' ? input.codes : []) await insertCampaignPath(tx, code, page.id);
    await recordAuditEvent(tx, {
      actor: by,
      action: 'info.page.create',
      targetType: 'info_page',
      targetId: page.id,
      details: { slug: input.slug, kind: input.kind, codes: input.codes, reason: input.reason },
    });

    return ok({ id: page.id });
  });
