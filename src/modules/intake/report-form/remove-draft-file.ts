import type { AppContext } from '../../../app/context.ts';
import { ok, type Result } from '../../../app/result.ts';
import { deleteDraftFile } from '../queries.ts';

/** Removes a file from a draft that is not sent yet (the reporter changed their mind). A file of a sent report stays. */
export const removeDraftFile = async (ctx: AppContext, input: { draftId: string; fileId: string }): Promise<Result<null>> => {
  await deleteDraftFile(ctx.db, input.draftId, input.fileId);

  return ok(null);
};
