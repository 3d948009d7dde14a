import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, type DecoyActor } from '../access.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { appendMessage } from './message-chain.ts';
import { type ConversationRow, lockConversation, type MessageRow, selectMessages, updateConversation } from '../queries/conversations.ts';
import { selectProfile } from '../queries/profiles.ts';
import { selectScriptVersion } from '../queries/scripts.ts';
import { deliveredText } from '../scripts/script-text.ts';
import { OUTBOUND, type State } from './workflow.ts';

export type SendInput = { conversationId: string; scriptVersionId: string; approved: boolean };

const refuse = (code: string, nl: string, en: string) => fail(problem(code, { nl, en }));

/**
 * Sends one approved script version in a conversation, approved by the human who clicks (research E3).
 * There is no text input anywhere: the stored text is the version's exact text. Refused outside the
 * states that allow outbound, for a version that is not approved or is of the wrong kind, when the
 * module is closed or the decoy is not live. A warning never goes this way (four eyes, see
 * decide-review.ts).
 */
export const sendScriptMessage = async (ctx: AppContext, input: SendInput, actor: DecoyActor): Promise<Result<MessageRow>> => {
  if (!hasAccess(DECOY_OPERATORS, actor.roles)) return refuse('forbidden', 'Alleen een lokprofiel-medewerker verstuurt berichten.', 'Only a decoy operator sends messages.');
  if (!input.approved) return fail(problem('not_confirmed', { nl: 'Vink aan dat u dit bericht goedkeurt. Zonder goedkeuring gaat er niets weg.', en: 'Tick that you approve this message. Without approval nothing is sent.' }, 'approved'));
  if (!(await validGovernance(ctx))) return fail(problem('closed', CLOSED_PROBLEM));
  const script = /^[0-9a-f-]{36}$/i.test(input.scriptVersionId) ? await selectScriptVersion(ctx.db, input.scriptVersionId) : null;
  if (!script?.approvedAt || script.retiredAt) return refuse('not_approved', 'Dit is geen goedgekeurde scriptversie. Alleen goedgekeurde scripts kunnen verstuurd worden.', 'This is not an approved script version. Only approved scripts can be sent.');

  return ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, input.conversationId);
    if (!conv) return refuse('not_found', 'Dit gesprek bestaat niet.', 'This conversation does not exist.');
    const profile = await selectProfile(tx, conv.profileId);
    if (profile?.status !== 'live') return refuse('not_live', 'Het lokprofiel staat niet live (gepauzeerd of beëindigd). Er gaat niets weg.', 'The decoy is not live (paused or ended). Nothing is sent.');
    const allowed = OUTBOUND[conv.state as State] ?? [];
    if (!allowed.some((k) => k === script.kind)) {
      return refuse('not_allowed', 'In deze stap van het gesprek mag dit soort bericht niet verstuurd worden.', 'This kind of message may not be sent at this step of the conversation.');
    }
    const refusal = await onceOnly(tx, conv, script.kind);
    if (refusal) return refusal;
    const now = ctx.clock.now();
    const { message } = await appendMessage(
      tx,
      conv,
      { direction: 'out', at: now, platformMessageId: `vangnet-${randomUUID()}`, text: deliveredText(script, ctx.config.publicBaseUrl), source: 'sent', scriptVersionId: script.id, operatorId: actor.id, approverId: actor.id },
      now,
    );
    await updateConversation(tx, conv.id, afterSend(conv, script.kind, script.variant, message.id, now));
    await recordAuditEvent(tx, {
      actor: { userId: actor.id, label: actor.email },
      action: 'decoy.message.out',
      targetType: 'decoy_conversation',
      targetId: conv.id,
      details: { messageId: message.id, scriptVersionId: script.id, kind: script.kind, variant: script.variant, state: conv.state },
    });

    return ok(message);
  });
};

/** The one clarification, the one help message and the one closing line stay one. */
const onceOnly = async (tx: Db, conv: ConversationRow, kind: string) => {
  if (kind === 'clarification' && conv.clarifyCount >= 1) return refuse('once', 'Er is al één verduidelijking gestuurd. Meer mag niet.', 'One clarification was already sent. No more are allowed.');
  if (kind === 'help_only' || kind === 'closing') {
    const sent = await selectMessages(tx, conv.id);
    const scripts = await Promise.all(sent.filter((m) => m.scriptVersionId).map((m) => selectScriptVersion(tx, m.scriptVersionId as string)));
    if (scripts.some((s) => s?.kind === kind)) return refuse('once', 'Dit bericht is in dit gesprek al gestuurd.', 'This message was already sent in this conversation.');
  }

  return null;
};

/** Where the conversation goes after a sent message. Only the explicit disclosure counts as disclosed (A3). */
const afterSend = (conv: ConversationRow, kind: string, variant: string, messageId: string, now: Date) => {
  if (kind === 'age_disclosure' && variant === 'expliciet') return { state: 'await_reply', disclosureMessageId: messageId, disclosedAt: now, lastMessageAt: now };
  if (kind === 'clarification') return { state: 'await_reply', clarifyCount: conv.clarifyCount + 1, lastMessageAt: now };

  return { lastMessageAt: now };
};
