import type { AppContext } from '../../../app/context.ts';
import { ok, type Result } from '../../../app/result.ts';
import type { Draft } from '../../intake/index.ts';
import { takeFlag } from './campaign-flags.ts';
import { countCampaignEvent } from './count-campaign-event.ts';

/**
 * A report that began on a landing path and is now sent counts once for that path: the flag is taken
 * out of memory as it is counted. The intake module does not know about campaigns.
 */
export const countCampaignReportSent = async (ctx: AppContext, draft: Draft | null): Promise<Result<{ code: string | null }>> => {
  if (!draft?.submittedReportId) return ok({ code: null });
  const code = takeFlag(draft.id, ctx.clock.now().getTime()) ?? null;
  if (code) await countCampaignEvent(ctx, code, 'reportsSent');

  return ok({ code });
};
