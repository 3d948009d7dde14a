import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../app/errors.ts';
import { asForm, field } from '../../app/forms.ts';
import { statusOf } from '../../app/result.ts';
import { render, view } from '../../app/view.ts';
import { DECOY_OPERATORS, DECOY_READERS } from './access.ts';
import { addInboundMessage } from './add-inbound-message.ts';
import { applyAction } from './apply-action.ts';
import { decoyActor } from './decoy-actor.ts';
import { loadConversationPage } from './load-conversation-page.ts';
import { parseTypedMessage } from './parse-message.ts';
import { isUuid } from './parse-script-form.ts';
import { sendScriptMessage } from './send-script-message.ts';
import { ConversationPage } from './views/conversation-page.tsx';
import { errorsOf } from './views/problems.ts';
import { ReviewsSection } from './views/reviews-section.tsx';
import { isAction } from './workflow.ts';

type Params = { Params: { id: string } };
type Extra = { values?: Record<string, string>; errors?: Record<string, string | undefined>; reviewValues?: Record<string, string>; reviewErrors?: Record<string, string | undefined> };

/** One conversation: the page, typed inbound messages, approved outbound scripts, workflow steps. */
export const conversationRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const page = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: Extra = {}, status = 200) => {
    const data = isUuid(id) ? await loadConversationPage(ctx, id, decoyActor(req)) : null;
    if (!data) throw notFound();
    const v = view(req, reply);
    return render(
      reply,
      <ConversationPage view={v} {...data} values={extra.values} errors={extra.errors} reviews={<ReviewsSection view={v} data={data} values={extra.reviewValues} errors={extra.reviewErrors} />} />,
      status,
    );
  };
  const guard = (id: string) => {
    if (!isUuid(id)) throw notFound();
  };

  app.get<Params>('/lokprofielen/gesprekken/:id', { config: { access: DECOY_READERS } }, async (req, reply) => page(req, reply, req.params.id));

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
    const note = field(body, 'note').slice(0, 2000);
    if (!isAction(action)) return page(req, reply, req.params.id, { values: { note }, errors: { action: req.lang === 'en' ? 'Choose a next step.' : 'Kies een volgende stap.' } }, 400);
    const result = await applyAction(ctx, { conversationId: req.params.id, action, note }, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/gesprekken/${req.params.id}`, 303);
    return page(req, reply, req.params.id, { values: { action, note }, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<Params>('/lokprofielen/gesprekken/:id/berichten', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    guard(req.params.id);
    const message = parseTypedMessage(asForm(req.body));
    const result = await addInboundMessage(ctx, { conversationId: req.params.id, message }, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/gesprekken/${req.params.id}`, 303);
    return page(req, reply, req.params.id, { values: { at: message.atText, platformMessageId: message.platformMessageId, text: message.text }, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });
};
