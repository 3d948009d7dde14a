import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { startConversation } from '../conversations/open-conversation.ts';
import { receiveInbound } from '../conversations/receive-inbound.ts';
import { lockConversation, selectLatestConversationOf, selectPlatformIds } from '../queries/conversations.ts';
import { lockProfile } from '../queries/profiles.ts';
import type { ChannelMessage } from './parse-channel-message.ts';

/** Who wrote it, in the audit chain: the adapter, never a person, never an address. */
const CHANNEL = { userId: null, label: 'kanaal (webhook)' };

export type ChannelReceipt = { status: 'stored' | 'duplicate'; conversationId: string };

/**
 * One inbound message from the channel adapter, in one transaction: into the responder's conversation
 * with this decoy, or a new one when he writes first (only a live decoy takes new contacts). Idempotent
 * on the platform message id: a retried call stores nothing twice. Media is recorded by description
 * only and sends the conversation to quarantine (hard rule 1). Times come from the injected clock.
 */
export const receiveChannelMessage = async (ctx: AppContext, m: ChannelMessage): Promise<Result<ChannelReceipt>> => {
  if (!(await validGovernance(ctx))) return fail(problem('closed', CLOSED_PROBLEM));
  const now = ctx.clock.now();
  // Clock skew of a few minutes is normal; a message from further ahead is the adapter's error.
  if (m.at.getTime() > now.getTime() + 10 * 60_000) return fail(problem('invalid', { nl: 'Veld "at": deze tijd ligt meer dan 10 minuten in de toekomst. Klopt de klok van het kanaal?', en: 'Field "at": this time is more than 10 minutes in the future. Is the channel’s clock right?' }, 'at'));
  const inbound = { at: m.at, platformMessageId: m.messageId, text: m.text, source: 'webhook' as const, operatorId: null, media: m.media };

  return ctx.db.transaction(async (tx) => {
    const profile = await lockProfile(tx, m.profileId);
    if (!profile) return fail(problem('not_found', { nl: 'Dit lokprofiel bestaat niet.', en: 'This decoy does not exist.' }, 'profile'));
    const existing = await selectLatestConversationOf(tx, profile.id, m.sender.handle);
    if (!existing) {
      if (profile.status !== 'live') return fail(problem('not_live', { nl: 'Dit lokprofiel staat niet live. Alleen een live profiel ontvangt nieuwe contacten.', en: 'This decoy is not live. Only a live decoy receives new contacts.' }, 'profile'));
      const conv = await startConversation(tx, profile, { responderHandle: m.sender.handle, responderUrl: m.sender.url, responderPhone: m.sender.phone, responderEmail: m.sender.email }, inbound, CHANNEL, now);
      return ok({ status: 'stored' as const, conversationId: conv.id });
    }
    const conv = await lockConversation(tx, existing.id);
    if (!conv) return fail(problem('not_found', { nl: 'Dit gesprek bestaat niet.', en: 'This conversation does not exist.' }));
    if ((await selectPlatformIds(tx, conv.id, 'in')).has(m.messageId)) return ok({ status: 'duplicate' as const, conversationId: conv.id });
    const { message } = await receiveInbound(tx, conv, inbound, now);
    await recordAuditEvent(tx, { actor: CHANNEL, action: 'decoy.message.in', targetType: 'decoy_conversation', targetId: conv.id, details: { messageId: message.id, seq: message.seq, loggedOnly: message.loggedOnly, source: 'webhook' } });

    return ok({ status: 'stored' as const, conversationId: conv.id });
  });
};
