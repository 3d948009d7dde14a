import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm, field, fields, isUuid } from '../../../app/forms.ts';
import { statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { DECOY_OPERATORS, DECOY_READERS, DECOY_REVIEWERS } from '../access.ts';
import { addInboundMessage } from './add-inbound-message.ts';
import { applyAction } from './apply-action.ts';
import { buildPolicePackage } from '../reviews/build-police-package.ts';
import { decideReview } from '../reviews/decide-review.ts';
import { freezeEvidence } from '../reviews/freeze-evidence.ts';
import { proposeReview } from '../reviews/propose-review.ts';
import { recordPoliceOutcome } from '../reviews/record-police-outcome.ts';
import { decoyActor } from '../decoy-actor.ts';
import { loadConversationPage } from './load-conversation-page.ts';
import { parseTypedMessage } from './parse-message.ts';
import { sendScriptMessage } from './send-script-message.ts';
import { ConversationPage } from './views/conversation-page.tsx';
import { errorsOf } from '../views/problems.ts';
import { ReviewsSection } from '../reviews/views/reviews-section.tsx';
import { isAction } from './workflow.ts';

type Params = { Params: { id: string } };
type PageQuery = { Params: { id: string }; Querystring: { import?: string } };
type Extra = {
  importNote?: { added: number; there: number; media: number }; values?: Record<string, string>; errors?: Record<string, string | undefined>; reviewValues?: Record<string, string>; reviewErrors?: Record<string, string | undefined> };

/** One conversation: the page, typed inbound messages, approved outbound scripts, workflow steps. */
export const conversationRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const page = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: Extra = {}, status = 200) => {
    const data = isUuid(id) ? await loadConversationPage(ctx, id, decoyActor(req)) : null;
    if (!data) throw notFound();
    const v = view(req, reply);
    return render(
      reply,
      <ConversationPage view={v} {...data} values={extra.values} errors={extra.errors} importNote={extra.importNote} reviews={<ReviewsSection view={v} data={data} values={extra.reviewValues} errors={extra.reviewErrors} />} />,
      status,
    );
  };
  const guard = (id: string) => {
    if (!isUuid(id)) throw notFound();
  };

  app.get<PageQuery>('/lokprofielen/gesprekken/:id', { config: { access: DECOY_READERS } }, async (req, reply) => {
    const m = /^(\d{1,6})-(\d{1,6})-(\d{1,6})$/.exec(req.query.import ?? '');
    return page(req, reply, req.params.id, m ? { importNote: { added: Number(m[1]), there: Number(m[2]), media: Number(m[3]) } } : {});
  });

  // No text field exists: only the id of the offered version and the approval tick are read.
  app.post<Params>('/lokprofielen/gesprekken/:id/versturen', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    guard(req.params.id);
    const body = asForm(req.body);
    const result = await sendScriptMessage(ctx, { conversationId: req.params.id, scriptVersionId: field(body, 'scriptVersionId').slice(0, 40), approved: field(body, 'approved') === 'yes' }, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/gesprekken/${req.params.id}`, 303);
    return page(req, reply, req.params.id, { errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<Params>('/lokprofielen/gesprekken/:id/stap', { config: { access: ['decoy_operator', 'legal_reviewer'] } }, async (req, reply) => {
    guard(req.params.id);
    const body = asForm(req.body);
    const action = field(body, 'action');
    const note = field(body, 'stepNote').slice(0, 2000);
    if (!isAction(action)) return page(req, reply, req.params.id, { values: { stepNote: note }, errors: { action: req.lang === 'en' ? 'Choose a next step.' : 'Kies een volgende stap.' } }, 400);
    const result = await applyAction(ctx, { conversationId: req.params.id, action, note }, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/gesprekken/${req.params.id}`, 303);
    return page(req, reply, req.params.id, { values: { action, stepNote: note }, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<Params>('/lokprofielen/gesprekken/:id/berichten', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    guard(req.params.id);
    const message = parseTypedMessage(asForm(req.body));
    const result = await addInboundMessage(ctx, { conversationId: req.params.id, message }, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/gesprekken/${req.params.id}`, 303);
    return page(req, reply, req.params.id, { values: { at: message.atText, platformMessageId: message.platformMessageId, text: message.text }, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  const after = (reply: FastifyReply, id: string) => reply.redirect(`/lokprofielen/gesprekken/${id}#reviews`, 303);

  app.post<Params>('/lokprofielen/gesprekken/:id/waarschuwing/voorstel', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    guard(req.params.id);
    const body = asForm(req.body);
    const input = { kind: 'warning' as const, conversationId: req.params.id, proposalMessageId: field(body, 'proposalMessageId').slice(0, 40), proposed: fields(body, 'proposed'), ageConfirmed: field(body, 'ageConfirmed') === 'yes', note: field(body, 'note').slice(0, 2000) };
    const result = await proposeReview(ctx, input, decoyActor(req));
    if (result.ok) return after(reply, req.params.id);
    const reviewValues = { proposalMessageId: input.proposalMessageId, proposed: input.proposed.join(','), ageConfirmed: input.ageConfirmed ? 'yes' : '', note: input.note };
    return page(req, reply, req.params.id, { reviewValues, reviewErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<Params>('/lokprofielen/gesprekken/:id/melding/voorstel', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    guard(req.params.id);
    const body = asForm(req.body);
    const input = { kind: 'notification' as const, conversationId: req.params.id, legalGround: field(body, 'legalGround').slice(0, 5000), privacyChecked: field(body, 'privacyChecked') === 'yes', note: field(body, 'note').slice(0, 2000) };
    const result = await proposeReview(ctx, input, decoyActor(req));
    if (result.ok) return after(reply, req.params.id);
    const reviewValues = { legalGround: input.legalGround, privacyChecked: input.privacyChecked ? 'yes' : '', note: input.note };
    return page(req, reply, req.params.id, { reviewValues, reviewErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<{ Params: { id: string; kind: string } }>('/lokprofielen/gesprekken/:id/:kind/besluit', { config: { access: DECOY_REVIEWERS } }, async (req, reply) => {
    guard(req.params.id);
    const kind = req.params.kind === 'waarschuwing' ? 'warning' : req.params.kind === 'melding' ? 'notification' : null;
    if (!kind) throw notFound();
    const body = asForm(req.body);
    const decision = field(body, 'decision');
    const values = { decision, decisionReason: field(body, 'decisionReason').slice(0, 2000), policeReference: field(body, 'policeReference').slice(0, 200) };
    if (decision !== 'approve' && decision !== 'reject') {
      return page(req, reply, req.params.id, { reviewValues: values, reviewErrors: { decision: req.lang === 'en' ? 'Choose approve or reject.' : 'Kies goedkeuren of afwijzen.' } }, 400);
    }
    const result = await decideReview(ctx, { conversationId: req.params.id, kind, approve: decision === 'approve', reason: values.decisionReason, policeReference: values.policeReference }, decoyActor(req));
    if (result.ok) return after(reply, req.params.id);
    return page(req, reply, req.params.id, { reviewValues: values, reviewErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<Params>('/lokprofielen/gesprekken/:id/bewijs-vastzetten', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    guard(req.params.id);
    const result = await freezeEvidence(ctx, req.params.id, decoyActor(req));
    if (result.ok) return after(reply, req.params.id);
    return page(req, reply, req.params.id, { reviewErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<Params>('/lokprofielen/gesprekken/:id/politie-uitkomst', { config: { access: ['decoy_operator', 'legal_reviewer'] } }, async (req, reply) => {
    guard(req.params.id);
    const result = await recordPoliceOutcome(ctx, { conversationId: req.params.id, outcome: field(asForm(req.body), 'outcome') }, decoyActor(req));
    if (result.ok) return after(reply, req.params.id);
    return page(req, reply, req.params.id, { reviewErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.get<Params>('/lokprofielen/gesprekken/:id/politiepakket.zip', { config: { access: ['decoy_operator', 'legal_reviewer'] } }, async (req, reply) => {
    guard(req.params.id);
    const result = await buildPolicePackage(ctx, req.params.id, decoyActor(req));
    if (!result.ok) return page(req, reply, req.params.id, { reviewErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
    return reply.header('content-disposition', `attachment; filename="${result.value.fileName}"`).type('application/zip').send(result.value.zip);
  });
};
