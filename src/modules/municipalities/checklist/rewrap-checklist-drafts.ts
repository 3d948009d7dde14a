import type { AppContext } from '../../../app/context.ts';
import { listChecklistDraftSecrets, updateChecklistDraft } from '../queries.ts';

/** After `vangnet rotate-key`: the public checklist drafts' answers under the current master key. */
export const rewrapChecklistDrafts = async (ctx: AppContext): Promise<number> => {
  let count = 0;
  for (const row of await listChecklistDraftSecrets(ctx.db)) {
    await updateChecklistDraft(ctx.db, row.id, ctx.keys.rewrap(row.dataEnc));
    count += 1;
  }

  return count;
};
