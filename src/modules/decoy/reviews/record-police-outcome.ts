import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import type { DecoyActor } from '../access.ts';
import { lockConversation, updateConversation } from '../queries/conversations.ts';

/** What the police did with the notification (the follow-up), which closes the conversation. */
export const POLICE_OUTCOMES = ['stopgesprek', 'investigation', 'registered', 'no_action', 'unknown'] as const;

export const recordPoliceOutcome = async (ctx: AppContext, input: { conversationId: string; outcome: string }, actor: DecoyActor): Promise<Result<true>> => {
  if (!hasAccess(['decoy_operator', 'legal_reviewer'], actor.roles)) return fail(problem('forbidden', { nl: 'Dit mag uw rol niet.', en: 'Your role may not do this.' }));
  if (!(POLICE_OUTCOMES as readonly string[]).includes(input.outcome)) return fail(problem('invalid', { nl: 'Kies wat de politie deed.', en: 'Choose what the police did.' }, 'outcome'));

  return ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, input.conversationId);
    if (conv?.state !== 'police_notified') return fail(problem('conflict', { nl: 'Dat kan pas nadat de politie is ingelicht.', en: 'That is possible only after the police were notified.' }));
    await updateConversation(tx, conv.id, { state: 'closed_notified', policeOutcome: input.outcome, outcome: 'notified', closedAt: ctx.clock.now() });
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.police.outcome', targetType: 'decoy_conversation', targetId: conv.id, details: { outcome: input.outcome } });

    return ok(true as const);
  });
};
