import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { lockConversation, selectSilentConversations, updateConversation } from '../queries/conversations.ts';
import { AWAIT_REPLY_HOURS } from './workflow.ts';

export const SILENT_JOB = 'decoy.close-silent';
export const SILENT_CRON = '*/15 * * * *';

/** No reply within 72 hours of the disclosure: closed as "did not continue" (the figure "stopped after disclosure"). */
export const closeSilentConversations = async (ctx: AppContext): Promise<number> => {
  const before = new Date(ctx.clock.now().getTime() - AWAIT_REPLY_HOURS * 3_600_000);
  const due = await selectSilentConversations(ctx.db, before, 500);
  let closed = 0;
  for (const { id } of due) {
    await ctx.db.transaction(async (tx) => {
      const conv = await lockConversation(tx, id);
      if (conv?.state !== 'await_reply' || !conv.lastMessageAt || conv.lastMessageAt >= before) return;
      await updateConversation(tx, id, { state: 'closed_no_continuation', outcome: 'no_reply', closedAt: ctx.clock.now() });
      await recordAuditEvent(tx, { actor: { userId: null, label: 'system' }, action: 'decoy.conversation.no_reply', targetType: 'decoy_conversation', targetId: id, details: { hours: AWAIT_REPLY_HOURS } });
      closed += 1;
    });
  }

  return closed;
};
