import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, type DecoyActor } from '../access.ts';
import { checkTypedMessage } from './check-message.ts';
import type { TypedMessage } from './parse-message.ts';
import { lockConversation, type MessageRow, selectPlatformIds } from '../queries/conversations.ts';
import { receiveInbound } from './receive-inbound.ts';

/** The operator types or pastes one more message the responder sent. Idempotent on the platform message id. */
export const addInboundMessage = async (ctx: AppContext, input: { conversationId: string; message: TypedMessage }, actor: DecoyActor): Promise<Result<MessageRow>> => {
  if (!hasAccess(DECOY_OPERATORS, actor.roles)) return fail(problem('forbidden', { nl: 'Alleen een lokprofiel-medewerker legt berichten vast.', en: 'Only a decoy operator records messages.' }));
  const problems = checkTypedMessage(input.message, ctx.clock.now());
  if (problems.length > 0) return fail(...problems);

  return ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, input.conversationId);
    if (!conv) return fail(problem('not_found', { nl: 'Dit gesprek bestaat niet.', en: 'This conversation does not exist.' }));
    if ((await selectPlatformIds(tx, conv.id, 'in')).has(input.message.platformMessageId)) {
      return fail(problem('duplicate', { nl: 'Een bericht met dit bericht-id staat al in het gesprek. Er is niets dubbel opgeslagen.', en: 'A message with this id is already in the conversation. Nothing was stored twice.' }, 'platformMessageId'));
    }
    const { message } = await receiveInbound(tx, conv, { at: input.message.at as Date, platformMessageId: input.message.platformMessageId, text: input.message.text, source: 'typed', operatorId: actor.id }, ctx.clock.now());
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.message.in', targetType: 'decoy_conversation', targetId: conv.id, details: { messageId: message.id, seq: message.seq, loggedOnly: message.loggedOnly } });

    return ok(message);
  });
};
