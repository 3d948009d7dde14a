import type { AppContext } from '../../../app/context.ts';
import { ok, type Result } from '../../../app/result.ts';
import type { DraftSession } from '../signal-guide/report-from-guide.ts';
import { flagDraft } from './campaign-flags.ts';
import { countCampaignEvent } from './count-campaign-event.ts';

/**
 * "Melden" on a campaign landing path: the draft is flagged with the path (in memory only,
 * campaign-flags.ts) so its sending can be counted; a new draft also counts as a report begun there.
 * A draft already under way is flagged but not counted again.
 */
export const beginCampaignReport = async (ctx: AppContext, code: string, session: DraftSession): Promise<Result<{ draftId: string; begun: boolean }>> => {
  const now = ctx.clock.now().getTime();
  if (session.existing && !session.existing.submittedReportId) {
    flagDraft(session.existing.id, code, now);
    return ok({ draftId: session.existing.id, begun: false });
  }
  const draft = await session.start();
  flagDraft(draft.id, code, now);
  await countCampaignEvent(ctx, code, 'reportsBegun');

  return ok({ draftId: draft.id, begun: true });
};
