import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { asForm, field, isUuid } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import type { FieldErrors } from '../../web/components/form.tsx';
import { pick } from '../../web/i18n.ts';
import { actorOf } from '../accounts/index.ts';
import { REQUEST_ROLES } from './access.ts';
import { type DecisionProblem, decideRecord } from './requests/decide-record.ts';
import { carryOutDecision } from './requests/carry-out-decision.ts';
import { type ExtendProblem, extendDeadline, markExtensionTold } from './requests/extend-deadline.ts';
import { openRequest } from './requests/open-request.ts';
import { produceAnswer } from './answer/produce-answer.ts';
import { readRequestList } from './reads.ts';
import { registerRequest } from './requests/register-request.ts';
import { parseRequest, type RequestProblem, type RequestValues, requestValues } from './requests/request-subject.ts';
import { searchSubject } from './search/search-subject.ts';
import { requestText } from './texts.ts';
import { ListPage } from './views/list-page.tsx';
import { NewPage } from './views/new-page.tsx';
import { RequestPage } from './views/request-page.tsx';
import { type DecisionValues, SearchPage } from './views/search-page.tsx';

type IdParams = { Params: { id: string }; Querystring: { klaar?: string } };

const EMPTY: RequestValues = { kind: '', name: '', phones: '', emails: '', handles: '', reportNumber: '', identityCheck: '', identityNote: '', receivedOn: '' };

/** Form field per problem, so the error summary links to the field. */
const FIELD_OF: Record<RequestProblem, string> = {
  kind: 'soort',
  name: 'naam',
  phones: 'telefoons',
  emails: 'emails',
  handles: 'accounts',
  reportNumber: 'meldnummer',
  identity: 'controle',
  identityNote: 'controle_notitie',
  received: 'ontvangen',
};

/**
 * Data-subject requests (issue 19 point 5), privacy officer only: the list with the deadline, a new
 * request, the request page, the logged search with a decision per record, and the answer.
 */
export const requestRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const access = { access: REQUEST_ROLES };
  const officer = (req: FastifyRequest) => {
    const user = req.staff?.user;
    if (!user) throw new Error('subject request routes need a signed-in user');
    return { actor: { ...actorOf(req), userId: user.id, name: user.name }, user: { id: user.id, name: user.name } };
  };
  const today = () => ctx.clock.now();

  app.get('/inzageverzoeken', { config: access }, async (req, reply) => render(reply, <ListPage view={view(req, reply)} rows={await readRequestList(ctx)} />));

  app.get('/inzageverzoeken/nieuw', { config: access }, async (req, reply) => render(reply, <NewPage view={view(req, reply)} values={EMPTY} />));

  app.post('/inzageverzoeken', { config: access }, async (req, reply) => {
    const t = pick(requestText, req.lang);
    const values = requestValues(asForm(req.body));
    const parsed = parseRequest(values, today());
    if (parsed.ok) {
      const id = await registerRequest(ctx, parsed.input, officer(req).actor);
      return reply.redirect(`/inzageverzoeken/${id}?klaar=nieuw`, 303);
    }
    const message: Record<RequestProblem, string> = {
      kind: t.errors.kind,
      name: t.errors.name,
      phones: t.errors.lines,
      emails: t.errors.lines,
      handles: t.errors.lines,
      reportNumber: t.errors.reportNumber,
      identity: t.errors.identity,
      identityNote: t.errors.identityNote,
      received: t.errors.received,
    };
    const errors: FieldErrors = Object.fromEntries(parsed.problems.map((p) => [FIELD_OF[p], message[p]]));
    return render(reply, <NewPage view={view(req, reply)} values={values} errors={errors} />, 400);
  });

  app.get<IdParams>('/inzageverzoeken/:id', { config: access }, async (req, reply) => {
    const t = pick(requestText, req.lang);
    const opened = isUuid(req.params.id) ? await openRequest(ctx, req.params.id, officer(req).user) : null;
    if (!opened) return reply.callNotFound();
    const message = ({ nieuw: t.registered, besluit: t.decided, verlengd: t.extended, gemeld: t.toldDone, uitgevoerd: t.carriedOut, geweigerd: t.carryOutRefused } as Record<string, string | undefined>)[req.query.klaar ?? ''];
    return render(reply, <RequestPage view={view(req, reply)} opened={opened} message={message} />);
  });

  app.post<IdParams>('/inzageverzoeken/:id/verlengen', { config: access }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const t = pick(requestText, req.lang);
    const reason = field(asForm(req.body), 'reden').slice(0, 2001);
    const result = await extendDeadline(ctx, req.params.id, reason, officer(req).actor);
    if (result.ok) return reply.redirect(`/inzageverzoeken/${req.params.id}?klaar=verlengd`, 303);
    if (result.problem === 'unknown') return reply.callNotFound();
    const message: Record<Exclude<ExtendProblem, 'unknown'>, string> = { reason: t.errors.extendReason, answered: t.errors.extendAnswered, extended: t.errors.extendTwice, late: t.errors.extendLate };
    const opened = await openRequest(ctx, req.params.id, officer(req).user);
    if (!opened) return reply.callNotFound();
    // Only the reason has a field on the page; the other refusals name the form's heading.
    const errors: FieldErrors = result.problem === 'reason' ? { reden: message.reason } : { termijn: message[result.problem] };
    return render(reply, <RequestPage view={view(req, reply)} opened={opened} errors={errors} reason={reason} />, result.problem === 'reason' ? 400 : 409);
  });

  app.post<IdParams>('/inzageverzoeken/:id/verlenging-gemeld', { config: access }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    if ((await markExtensionTold(ctx, req.params.id, officer(req).actor)) === null) return reply.callNotFound();
    return reply.redirect(`/inzageverzoeken/${req.params.id}?klaar=gemeld`, 303);
  });

  app.post<IdParams>('/inzageverzoeken/:id/uitvoeren', { config: access }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const t = pick(requestText, req.lang);
    const record = field(asForm(req.body), 'gegeven').slice(0, 250);
    const split = record.indexOf(':');
    const result = await carryOutDecision(ctx, req.params.id, { type: split > 0 ? record.slice(0, split) : '', id: split > 0 ? record.slice(split + 1) : '' }, officer(req).actor);
    if (result.ok) return reply.redirect(`/inzageverzoeken/${req.params.id}?klaar=${result.execution === 'done' ? 'uitgevoerd' : 'geweigerd'}#besluiten`, 303);
    if (result.problem === 'unknown') return reply.callNotFound();
    const opened = await openRequest(ctx, req.params.id, officer(req).user);
    if (!opened) return reply.callNotFound();
    const errors: FieldErrors = { uitvoeren: result.problem === 'unsupported' ? t.errors.carryOutUnsupported : t.errors.carryOutRecord };
    return render(reply, <RequestPage view={view(req, reply)} opened={opened} errors={errors} />, result.problem === 'unsupported' ? 409 : 400);
  });

  const searchPage = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: { errors?: FieldErrors; values?: DecisionValues } = {}, status = 200) => {
    const { user } = officer(req);
    const found = await searchSubject(ctx, id, user);
    if (!found) return reply.callNotFound();
    const opened = await openRequest(ctx, id, user);
    return render(reply, <SearchPage view={view(req, reply)} requestId={id} records={found.records} current={opened?.decisions ?? []} {...extra} />, status);
  };

  app.get<IdParams>('/inzageverzoeken/:id/zoeken', { config: access }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    return searchPage(req, reply, req.params.id);
  });

  app.post<IdParams>('/inzageverzoeken/:id/besluiten', { config: access }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const t = pick(requestText, req.lang);
    const body = asForm(req.body);
    const values: DecisionValues = { record: field(body, 'gegeven').slice(0, 250), decision: field(body, 'besluit').slice(0, 20), ground: field(body, 'grond').slice(0, 40), note: field(body, 'notitie').slice(0, 2001) };
    const split = values.record.indexOf(':');
    const result = await decideRecord(
      ctx,
      req.params.id,
      { recordType: split > 0 ? values.record.slice(0, split) : '', recordId: split > 0 ? values.record.slice(split + 1) : '', decision: values.decision, ground: values.ground, note: values.note },
      officer(req).actor,
    );
    if (result.ok) return reply.redirect(`/inzageverzoeken/${req.params.id}?klaar=besluit#besluiten`, 303);
    if (result.problem === 'unknown') return reply.callNotFound();
    const message: Record<Exclude<DecisionProblem, 'unknown'>, string> = { record: t.errors.record, decision: t.errors.decision, ground: t.errors.ground, note: t.errors.note };
    // The error sits at the record's form; the page numbers its forms in the order of the search.
    const found = await searchSubject(ctx, req.params.id, officer(req).user);
    const index = found?.records.findIndex((r) => `${r.type}:${r.id}` === values.record) ?? -1;
    const target = result.problem === 'ground' ? `grond-${index}` : result.problem === 'note' ? `notitie-${index}` : `besluit-${index}`;
    const errors: FieldErrors = index < 0 ? { 'besluiten-form': message.record } : { [target]: message[result.problem] };
    const opened = await openRequest(ctx, req.params.id, officer(req).user);
    return render(reply, <SearchPage view={view(req, reply)} requestId={req.params.id} records={found?.records ?? []} current={opened?.decisions ?? []} errors={errors} values={values} />, 400);
  });

  app.post<IdParams>('/inzageverzoeken/:id/antwoord', { config: access }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const format = field(asForm(req.body), 'vorm') === 'json' ? 'json' : 'pdf';
    const file = await produceAnswer(ctx, req.params.id, format, officer(req).actor);
    if (!file) return reply.callNotFound();
    return reply.header('content-disposition', `attachment; filename="${file.fileName}"`).type(file.contentType).send(file.body);
  });
};
