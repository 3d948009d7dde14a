import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, DECOY_REVIEWERS, type DecoyActor } from '../access.ts';
import { type ConversationRow, lockConversation, selectMessages, updateConversation } from '../queries/conversations.ts';
import { updateProfile } from '../queries/profiles.ts';
import { ACTIONS, type Action, type State } from './workflow.ts';

const refuse = (code: string, nl: string, en: string) => fail(problem(code, { nl, en }));

/**
 * One step of the workflow by a human (triage outcome, reading of a reply, hold). The guards are the
 * legal checklist: "continued" only after an explicit disclosure and a reply to it (A3); one
 * clarification at most; acute danger pauses the decoy and alerts a supervisor (F1).
 */
export const applyAction = async (ctx: AppContext, input: { conversationId: string; action: Action; note: string }, actor: DecoyActor): Promise<Result<ConversationRow>> => {
  const roles = input.action === 'release' ? DECOY_REVIEWERS : DECOY_OPERATORS;
  if (!hasAccess(roles, actor.roles)) return refuse('forbidden', 'Dit mag uw rol niet.', 'Your role may not do this.');
  const step = ACTIONS[input.action];

  return ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, input.conversationId);
    if (!conv) return refuse('not_found', 'Dit gesprek bestaat niet.', 'This conversation does not exist.');
    if (!(step.from as readonly State[]).includes(conv.state as State)) return refuse('conflict', 'Die stap kan niet in de huidige stand van het gesprek.', 'That step is not possible in the conversation’s current state.');
    if (input.action === 'continued') {
      if (!conv.disclosureMessageId) return refuse('no_disclosure', 'Eerst moet de minderjarige leeftijd expliciet genoemd zijn. Zonder expliciete melding telt niets als "doorgegaan".', 'The minor age must first be disclosed explicitly. Without an explicit disclosure nothing counts as "continued".');
      const messages = await selectMessages(tx, conv.id);
      const disclosure = messages.find((m) => m.id === conv.disclosureMessageId);
      if (!messages.some((m) => m.direction === 'in' && disclosure && m.seq > disclosure.seq)) {
        return refuse('no_reply', 'Er is nog geen antwoord na de leeftijdsmelding.', 'There is no reply after the age disclosure yet.');
      }
    }
    if (input.action === 'ambiguous' && conv.clarifyCount >= 1) {
      return refuse('once', 'Er is al één verduidelijking gestuurd. Kies nu: gestopt, of doorgegaan.', 'One clarification was already sent. Choose now: desisted, or continued.');
    }
    const now = ctx.clock.now();
    const set: Partial<ConversationRow> = { state: step.to };
    if (input.action === 'urgent') {
      set.urgent = true;
      // The decoy pauses at once: no one else is drawn in while the police act.
      await updateProfile(tx, conv.profileId, ['live'], { status: 'paused', statusReason: 'urgent' });
    }
    if (input.action === 'image') set.imageReceived = true;
    if (step.to === 'spam' || step.to === 'closed_desisted') {
      set.closedAt = now;
      set.outcome = step.to;
    }
    await updateConversation(tx, conv.id, set);
    await recordAuditEvent(tx, {
      actor: { userId: actor.id, label: actor.email },
      action: input.action === 'urgent' ? 'decoy.conversation.urgent' : 'decoy.conversation.step',
      targetType: 'decoy_conversation',
      targetId: conv.id,
      details: { action: input.action, from: conv.state, to: step.to, note: input.note.slice(0, 2000) },
    });

    return ok({ ...conv, ...set });
  });
};
