import type { AppContext } from '../../../app/context.ts';
import { ok, type Result } from '../../../app/result.ts';
import { acknowledgeAlert } from '../queries.ts';

/** Marks an urgent-report signal as seen by this staff member (once: a second click changes nothing). */
export const acknowledgeUrgentAlert = async (ctx: AppContext, input: { alertId: string; userId: string }): Promise<Result<null>> => {
  await acknowledgeAlert(ctx.db, input.alertId, input.userId);

  return ok(null);
};
