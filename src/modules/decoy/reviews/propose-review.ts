import type { AppContext } from '../../../app/context.ts';
import { fail, ok, type Problem, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, type DecoyActor } from '../access.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { lockConversation, selectMessages } from '../queries/conversations.ts';
import { insertReview, type ReviewRow, selectOpenReview } from '../queries/reviews.ts';

export const PROPOSED_ELEMENTS = ['meeting', 'price', 'images', 'sexual'] as const;

export type WarningProposal = { kind: 'warning'; conversationId: string; proposalMessageId: string; proposed: string[]; ageConfirmed: boolean; note: string };
export type NotificationProposal = { kind: 'notification'; conversationId: string; legalGround: string; privacyChecked: boolean; note: string };

const refuse = (code: string, nl: string, en: string, field?: string) => fail(problem(code, { nl, en }, field));

/**
 * The first pair of eyes (research E4). A warning proposal carries the art. 251 Sr checklist: the
 * stated age (frozen), the explicit disclosure's message id, and what the responder proposed after it
 * (which message). A notification proposal carries the legal ground, the privacy check and the agreed
 * channel. Either waits for a second, different person (decide-review.ts).
 */
export const proposeReview = async (ctx: AppContext, input: WarningProposal | NotificationProposal, actor: DecoyActor): Promise<Result<ReviewRow>> => {
  if (!hasAccess(DECOY_OPERATORS, actor.roles)) return refuse('forbidden', 'Alleen een lokprofiel-medewerker stelt dit voor.', 'Only a decoy operator proposes this.');
  const governance = await validGovernance(ctx);
  if (!governance) return fail(problem('closed', CLOSED_PROBLEM));

  return ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, input.conversationId);
    if (!conv) return refuse('not_found', 'Dit gesprek bestaat niet.', 'This conversation does not exist.');
    const neededState = input.kind === 'warning' ? 'continuation_review' : 'evidence_frozen';
    if (conv.state !== neededState) return refuse('conflict', 'Dat kan niet in de huidige stand van het gesprek.', 'That is not possible in the conversation’s current state.');
    if (await selectOpenReview(tx, conv.id, input.kind)) return refuse('conflict', 'Er wacht al een voorstel op een tweede persoon.', 'A proposal already awaits a second person.');
    const problems: Problem[] = [];
    let details: Record<string, string>;
    if (input.kind === 'warning') {
      const messages = await selectMessages(tx, conv.id);
      const disclosure = messages.find((m) => m.id === conv.disclosureMessageId);
      const proposal = messages.find((m) => m.id === input.proposalMessageId);
      if (!disclosure) problems.push(problem('no_disclosure', { nl: 'Er is geen expliciete leeftijdsmelding in dit gesprek.', en: 'There is no explicit age disclosure in this conversation.' }));
      if (proposal?.direction !== 'in' || !disclosure || proposal.seq <= disclosure.seq) {
        problems.push(problem('invalid', { nl: 'Kies het bericht van de afzender, ná de leeftijdsmelding, waarin hij iets voorstelde.', en: 'Choose the sender’s message, after the age disclosure, in which he proposed something.' }, 'proposalMessageId'));
      }
      const proposed = input.proposed.filter((p) => (PROPOSED_ELEMENTS as readonly string[]).includes(p));
      if (proposed.length === 0) problems.push(problem('required', { nl: 'Vink aan wat de afzender na de leeftijdsmelding voorstelde.', en: 'Tick what the sender proposed after the age disclosure.' }, 'proposed'));
      if (!input.ageConfirmed) problems.push(problem('required', { nl: `Bevestig dat de opgegeven leeftijd ${conv.statedAge} was en expliciet genoemd is.`, en: `Confirm that the stated age was ${conv.statedAge} and was disclosed explicitly.` }, 'ageConfirmed'));
      details = { statedAge: String(conv.statedAge), disclosureMessageId: conv.disclosureMessageId ?? '', proposalMessageId: input.proposalMessageId, proposed: proposed.join(','), note: input.note };
    } else {
      if (input.legalGround.length === 0) problems.push(problem('required', { nl: 'Schrijf de grondslag voor het melden aan de politie.', en: 'Write the legal ground for notifying the police.' }, 'legalGround'));
      if (input.legalGround.length > 2000) problems.push(problem('too_long', { nl: 'Te lang: hoogstens 2000 tekens.', en: 'Too long: at most 2000 characters.' }, 'legalGround'));
      if (!input.privacyChecked) problems.push(problem('required', { nl: 'Bevestig de privacytoets: alleen gegevens die nodig zijn, verkregen uit openbare bronnen of van de afzender zelf.', en: 'Confirm the privacy check: only data that is needed, obtained from public sources or from the sender.' }, 'privacyChecked'));
      details = { legalGround: input.legalGround, privacyChecked: 'yes', channel: governance.notificationChannel, agreementRef: governance.policeAgreementRef, governanceId: governance.id, note: input.note };
    }
    if (problems.length > 0) return fail(...problems);
    const review = await insertReview(tx, { conversationId: conv.id, kind: input.kind, proposedBy: actor.id, proposedAt: ctx.clock.now(), details });
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: `decoy.${input.kind}.propose`, targetType: 'decoy_conversation', targetId: conv.id, details: { reviewId: review.id, ...details } });

    return ok(review);
  });
};
