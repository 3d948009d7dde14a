import { randomInt, randomUUID } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_REVIEWERS, type DecoyActor } from '../access.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { appendMessage } from '../conversations/message-chain.ts';
import { lockConversation, updateConversation } from '../queries/conversations.ts';
import { decideReview as decideRow, type ReviewRow, selectOpenReview } from '../queries/reviews.ts';
import { selectUsableScripts } from '../queries/scripts.ts';
import { deliveredText } from '../scripts/script-text.ts';

export type Decision = { conversationId: string; kind: 'warning' | 'notification'; approve: boolean; reason: string; policeReference: string };

const refuse = (code: string, nl: string, en: string, field?: string) => fail(problem(code, { nl, en }, field));

/**
 * The second pair of eyes: a legal reviewer who is not the proposer. Approving a warning sends one
 * approved warning variant, chosen at random (research G6), as the exact text of that version;
 * approving a notification records the police reference on the agreed channel.
 */
export const decideReview = async (ctx: AppContext, input: Decision, actor: DecoyActor): Promise<Result<ReviewRow>> => {
  if (!hasAccess(DECOY_REVIEWERS, actor.roles)) return refuse('forbidden', 'Alleen een juridisch toetser beslist als tweede persoon.', 'Only a legal reviewer decides as the second person.');
  if (!(await validGovernance(ctx))) return fail(problem('closed', CLOSED_PROBLEM));
  if (input.reason.length === 0) return refuse('required', 'Schrijf de reden van uw besluit.', 'Write the reason for your decision.', 'decisionReason');
  if (input.approve && input.kind === 'notification' && input.policeReference.length === 0) {
    return refuse('required', 'Vul het kenmerk in dat de politie voor de melding gaf.', 'Enter the reference the police gave for the notification.', 'policeReference');
  }
  const warnings = input.approve && input.kind === 'warning' ? await selectUsableScripts(ctx.db, ['warning']) : [];
  if (input.approve && input.kind === 'warning' && warnings.length === 0) return refuse('no_script', 'Er is geen goedgekeurde waarschuwing in de scriptbibliotheek.', 'There is no approved warning in the script library.');

  return ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, input.conversationId);
    if (!conv) return refuse('not_found', 'Dit gesprek bestaat niet.', 'This conversation does not exist.');
    const review = await selectOpenReview(tx, conv.id, input.kind);
    if (!review) return refuse('not_found', 'Er wacht geen voorstel.', 'No proposal is waiting.');
    if (review.proposedBy === actor.id) return refuse('four_eyes', 'U deed dit voorstel zelf. Een ander moet beslissen (vier ogen).', 'You made this proposal yourself. Someone else must decide (four eyes).');
    const now = ctx.clock.now();
    const decided = await decideRow(tx, review.id, { decidedBy: actor.id, decidedAt: now, decision: input.approve ? 'approved' : 'rejected', decisionReason: input.reason.slice(0, 2000) });
    if (!decided) return refuse('conflict', 'Iemand anders besliste al.', 'Someone else already decided.');
    const audit: Record<string, unknown> = { reviewId: review.id, approve: input.approve, reason: input.reason };
    if (input.kind === 'warning' && input.approve) {
      const warning = warnings[randomInt(warnings.length)] as (typeof warnings)[number];
      const { message } = await appendMessage(
        tx,
        conv,
        { direction: 'out', at: now, platformMessageId: `vangnet-${randomUUID()}`, text: deliveredText(warning, ctx.config.publicBaseUrl), source: 'sent', scriptVersionId: warning.id, operatorId: review.proposedBy, approverId: actor.id },
        now,
      );
      await updateConversation(tx, conv.id, { state: 'warning_sent', warningScriptVersionId: warning.id, warnedAt: now });
      Object.assign(audit, { messageId: message.id, scriptVersionId: warning.id, variant: warning.variant });
    } else if (input.kind === 'warning') {
      await updateConversation(tx, conv.id, { state: 'closed_no_continuation', outcome: 'not_confirmed', closedAt: now });
    } else if (input.approve) {
      await updateConversation(tx, conv.id, { state: 'police_notified', notifiedAt: now, policeReference: input.policeReference.slice(0, 200) });
      audit.policeReference = input.policeReference;
    }
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: `decoy.${input.kind}.${input.approve ? 'approve' : 'reject'}`, targetType: 'decoy_conversation', targetId: conv.id, details: audit });

    return ok(decided);
  });
};
