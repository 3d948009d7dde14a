import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { markMonitorAlertRead } from '../queries/alerts.ts';

/** Marks one of the owner's own dossier-match alerts read; someone else's alert is not found. */
export const markAlertRead = async (ctx: AppContext, input: { alertId: string; ownerUserId: string }): Promise<Result<null>> =>
  (await markMonitorAlertRead(ctx.db, input.alertId, input.ownerUserId))
    ? ok(null)
    : fail(problem('not_found', { nl: 'Deze melding bestaat niet (meer).', en: 'This alert does not exist (any more).' }));
