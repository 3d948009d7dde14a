import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, type DecoyActor } from '../access.ts';
import { verifyChain } from '../conversations/message-chain.ts';
import { type ConversationRow, lockConversation, selectMessages, updateConversation } from '../queries/conversations.ts';

/** After the warning: the transcript is sealed (its chain head kept) once the chain checks out. */
export const freezeEvidence = async (ctx: AppContext, conversationId: string, actor: DecoyActor): Promise<Result<ConversationRow>> => {
  if (!hasAccess(DECOY_OPERATORS, actor.roles)) return fail(problem('forbidden', { nl: 'Dit mag uw rol niet.', en: 'Your role may not do this.' }));

  return ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, conversationId);
    if (!conv) return fail(problem('not_found', { nl: 'Dit gesprek bestaat niet.', en: 'This conversation does not exist.' }));
    if (conv.state !== 'warning_sent') return fail(problem('conflict', { nl: 'Bewijs vastzetten kan na de waarschuwing.', en: 'Evidence is frozen after the warning.' }));
    const broken = verifyChain(conv.id, await selectMessages(tx, conv.id));
    if (broken !== null) return fail(problem('chain_broken', { nl: `De hashketen is verbroken bij bericht ${broken}. Niets vastgezet; meld dit aan de privacyfunctionaris.`, en: `The hash chain is broken at message ${broken}. Nothing frozen; tell the privacy officer.` }));
    const now = ctx.clock.now();
    await updateConversation(tx, conv.id, { state: 'evidence_frozen', frozenAt: now, frozenHash: conv.headHash });
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.evidence.freeze', targetType: 'decoy_conversation', targetId: conv.id, details: { headHash: conv.headHash, messages: conv.messageCount } });

    return ok({ ...conv, state: 'evidence_frozen', frozenAt: now, frozenHash: conv.headHash });
  });
};
