import type { AppContext } from '../../../app/context.ts';
import { selectDecisionNoteSecrets, selectRequestSecrets, updateDecisionNote, updateRequestSecrets } from '../queries.ts';

/**
 * After `vangnet rotate-key`: who asked (and what they gave to be found by), the extension reasons and
 * the decisions' notes under the current master key, so the old key can be retired without making a
 * request unreadable. One transaction: a request is never left half on the old key.
 */
export const rewrapRequestSecrets = (ctx: AppContext): Promise<number> =>
  ctx.db.transaction(async (tx) => {
    let count = 0;
    for (const row of await selectRequestSecrets(tx)) {
      const extensionReasonEnc = row.extensionReasonEnc ? ctx.keys.rewrap(row.extensionReasonEnc) : null;
      await updateRequestSecrets(tx, row.id, { subjectEnc: ctx.keys.rewrap(row.subjectEnc), extensionReasonEnc });
      count += extensionReasonEnc ? 2 : 1;
    }
    for (const row of await selectDecisionNoteSecrets(tx)) {
      if (!row.noteEnc) continue;
      await updateDecisionNote(tx, row.id, ctx.keys.rewrap(row.noteEnc));
      count += 1;
    }

    return count;
  });
