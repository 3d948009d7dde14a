import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { selectAlertsOfOwner } from '../queries/alerts.ts';

/** The alerts of one owner, newest first; reading the list is itself an access-log line. */
export const listOwnAlerts = async (ctx: AppContext, owner: { id: string; name: string }, limit: number) => {
  const rows = await selectAlertsOfOwner(ctx.db, owner.id, limit);
  await logAccess(ctx.db, { user: owner, recordType: 'monitor_alerts', recordId: owner.id, action: 'view' });

  return rows;
};
