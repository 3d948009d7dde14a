import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { listQueue, type QueueFilter } from '../queries.ts';

/**
 * The triage queue with the viewer's filter. Searching the queue is a read of reports, so it is an
 * access-log line with the filter as its reason (hard rule 6).
 */
export const searchQueue = async (ctx: AppContext, filter: QueueFilter, viewer: { id: string; name: string }) => {
  const rows = await listQueue(ctx.db, filter, viewer.id);
  await logAccess(ctx.db, { user: viewer, recordType: 'report_queue', recordId: 'queue', action: 'search', reason: JSON.stringify(filter) });

  return rows;
};
