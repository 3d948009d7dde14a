import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { listUsers, hasAccess, type Role } from '../../accounts/index.ts';
import type { AuditActor } from '../../audit/index.ts';
import { IDENTIFIER_ROLES, showWhereElseSeen } from '../../identifiers/index.ts';
import { REPORT_READERS, REPORT_WORKERS, URGENT_ALERT_ROLES } from '../access.ts';
import { CHANNELS, REPORTER_KINDS, STATUSES } from '../answers.ts';
import { assignReport } from './assign-report.ts';
import { changeReportStatus } from './change-report-status.ts';
import { fileReportForCaller } from './file-report-for-caller.ts';
import { formBodyOf, parseNewReport } from './parse-new-report.ts';
import { markAbuseImage } from './mark-abuse-image.ts';
import { openReportFile } from './open-report-file.ts';
import { newFormToken, postMessage } from '../follow-up/post-message.ts';
import { clearFormState, keepFormState, takeFormState } from '../form-state/form-state.ts';
import { findReportByIdempotencyKey, listOpenAlerts, type QueueFilter } from '../reads.ts';
import { acknowledgeUrgentAlert } from './acknowledge-urgent-alert.ts';
import { readReport } from './read-report.ts';
import { searchQueue } from './search-queue.ts';
import { staffText } from './staff-texts.ts';
import { consentsFrom } from '../report-form/submit-report.ts';
import { formText } from '../texts/texts.ts';
import { errorMessages } from '../views/fields.tsx';
import { NewReportPage, StaffReceiptPage } from '../views/new-report.tsx';
import { QueuePage } from '../views/queue.tsx';
import { ReportPage } from '../views/report-page.tsx';
import { reportKeptUntil } from '../subject-search/report-kept-until.ts';

/** Who may read reports, and who may work on them (investigators read only). */
export const READ: readonly Role[] = REPORT_READERS;
export const WORK: readonly Role[] = REPORT_WORKERS;

type Id = { Params: { id: string } };
type FileParams = { Params: { id: string; fileId: string } };


const me = (req: FastifyRequest) => {
  const user = req.staff!.user;

  return { id: user.id, name: user.name, roles: user.roles };
};

const actorOf = (req: FastifyRequest): AuditActor & { userId: string } => ({ userId: req.staff!.user.id, label: req.staff!.user.email, ip: req.ip });

const canWork = (req: FastifyRequest) => WORK.some((r) => req.staff!.user.roles.includes(r));

const handlers = async (ctx: AppContext) =>
  (await listUsers(ctx.db)).filter((u) => !u.disabledAt && u.roles.some((r) => r === 'intake' || r === 'supervisor')).map((u) => ({ id: u.id, name: u.name }));

const pickFilter = (q: Record<string, string | undefined>): QueueFilter => {
  const one = (v: string | undefined, allowed: readonly string[]) => (v && allowed.includes(v) ? v : undefined);

  return {
    channel: one(q.kanaal, CHANNELS),
    reporterKind: one(q.melder, REPORTER_KINDS),
    status: one(q.status, STATUSES),
    assignee: q.behandelaar === 'none' ? 'none' : q.behandelaar && isUuid(q.behandelaar) ? q.behandelaar : undefined,
  };
};

/**
 * Post/Redirect/Get on the report page (issue 14 finding 2): its forms answer with a 303 to the
 * page; a refused form's typed text and error, or the notice, wait in a form state of this staff
 * member and report (form-state.ts).
 */
const REPORT_FORM = 'melding';
const NEW_FORM = 'nieuw';
const FILED_FORM = 'ontvangen';
const stateKey = (req: FastifyRequest, reportId: string) => `staff:${req.staff!.user.id}:${reportId}`;
const ERROR_TEXT: Record<string, (t: typeof staffText.nl) => string> = {
  badUser: (t) => t.badUser,
  statusReasonNeeded: (t) => t.statusReasonNeeded,
  empty: (t) => t.messageEmpty,
  tooLong: (t) => t.messageTooLong,
};

/** Staff side of the meldpunt: one triage queue for every channel, the report page, filing for a caller. */
export const staffRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  /** Leaves the outcome for the report page and redirects to it. */
  const backToReport = async (req: FastifyRequest, reply: FastifyReply, id: string, state: { errors?: Record<string, string>; values?: Record<string, string> } = {}) => {
    await keepFormState(ctx, stateKey(req, id), { form: REPORT_FORM, ...(state.errors ? state : { notice: 'saved' }) });
    return reply.redirect(`/meldingen/${id}`, 303);
  };

  const reportPage = async (req: FastifyRequest, reply: FastifyReply, id: string) => {
    if (!isUuid(id)) return reply.callNotFound();
    const data = await readReport(ctx, id, me(req));
    if (!data) return reply.callNotFound();
    const t = pick(staffText, req.lang);
    const state = await takeFormState(ctx, stateKey(req, id), REPORT_FORM);
    const errors = state?.errors
      ? Object.fromEntries(Object.entries(state.errors).map(([name, code]) => [name, (ERROR_TEXT[code] ?? ERROR_TEXT.empty!)(t)]))
      : undefined;
    const extra = {
      errors,
      notice: state?.notice ? t.saved : undefined,
      messageDraft: state?.values?.body,
      messageKind: state?.values?.kind,
      formToken: newFormToken(),
    };
    const status = errors ? 400 : 200;
    // Where else this report's numbers, addresses and accounts were seen, linked within the viewer's access.
    const whereElse = await showWhereElseSeen(ctx, { source: { type: 'report', id: data.report.id }, viewer: me(req) });
    const linkIdentifiers = hasAccess(IDENTIFIER_ROLES, req.staff!.user.roles);
    const keptUntil = await reportKeptUntil(ctx, data.report);

    return render(
      reply,
      <ReportPage view={view(req, reply)} {...data} keptUntil={keptUntil} whereElse={{ ...whereElse, linkIdentifiers }} staff={await handlers(ctx)} canChange={canWork(req)} {...extra} />,
      status,
    );
  };

  app.get<{ Querystring: Record<string, string | undefined> }>('/meldingen', { config: { access: READ } }, async (req, reply) => {
    const filter = pickFilter(req.query);
    const rows = await searchQueue(ctx, filter, me(req));
    const alerts = hasAccess(URGENT_ALERT_ROLES, req.staff!.user.roles) ? await listOpenAlerts(ctx) : null;

    return render(reply, <QueuePage view={view(req, reply)} rows={rows} filter={filter} staff={await handlers(ctx)} alerts={alerts} canFile={canWork(req)} />);
  });

  app.post<{ Params: { alertId: string } }>('/meldingen/signalen/:alertId/gezien', { config: { access: WORK } }, async (req, reply) => {
    if (isUuid(req.params.alertId)) await acknowledgeUrgentAlert(ctx, { alertId: req.params.alertId, userId: req.staff!.user.id });

    return reply.redirect('/meldingen', 303);
  });

  // Post/Redirect/Get (issue 14 finding 2): a refused form waits, typed values and all, in this
  // staff member's form state and the GET shows it again; a saved one leaves its receipt there, shown
  // once by the GET of /meldingen/:id/bewijscode.
  const newFormKey = (req: FastifyRequest) => `staff:${req.staff!.user.id}:nieuw`;

  app.get('/meldingen/nieuw', { config: { access: WORK } }, async (req, reply) => {
    const state = await takeFormState(ctx, newFormKey(req), NEW_FORM);
    const waiting = state?.errors && state.values?.form ? parseNewReport(asForm(JSON.parse(state.values.form))) : null;
    if (!waiting || waiting.ok) return render(reply, <NewReportPage view={view(req, reply)} values={{}} token={randomBytes(16).toString('hex')} />);
    const t = pick(staffText, req.lang);
    const { channel, ...stepErrors } = waiting.form.errors;
    const messages: Record<string, string | undefined> = errorMessages(pick(formText, req.lang), stepErrors);
    if (channel) messages.channel = t.channelRequired;

    return render(reply, <NewReportPage view={view(req, reply)} values={waiting.form.shown} errors={messages} token={waiting.form.token} />, 400);
  });

  app.post('/meldingen/nieuw', { config: { access: WORK } }, async (req, reply) => {
    const parsed = parseNewReport(asForm(req.body));
    if (!parsed.ok) {
      const errors = Object.fromEntries(Object.entries(parsed.form.errors).map(([name, e]) => [name, e.code]));
      await keepFormState(ctx, newFormKey(req), { form: NEW_FORM, values: { form: JSON.stringify(formBodyOf(parsed.form)) }, errors });
      return reply.redirect('/meldingen/nieuw', 303);
    }
    const input = parsed.value;
    // The form's token makes a double post land on the first report instead of making a second.
    const key = `staff:${input.token}`;
    const existing = await findReportByIdempotencyKey(ctx, key);
    if (existing) {
      await keepFormState(ctx, stateKey(req, existing.id), { form: FILED_FORM, values: { number: existing.number } });
      return reply.redirect(`/meldingen/${existing.id}/bewijscode`, 303);
    }
    const { report, receipt } = await fileReportForCaller(
      ctx,
      { channel: input.channel, answers: input.answers, consents: consentsFrom(input.answers), urgentReason: input.urgentReason, idempotencyKey: key },
      actorOf(req),
    );
    await clearFormState(ctx, newFormKey(req), NEW_FORM);
    // Encrypted and shown once, like the public receipt on its draft (follow-up/take-receipt.ts).
    await keepFormState(ctx, stateKey(req, report.id), { form: FILED_FORM, values: { number: report.number, receipt } });

    return reply.redirect(`/meldingen/${report.id}/bewijscode`, 303);
  });

  app.get<Id>('/meldingen/:id/bewijscode', { config: { access: WORK } }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const state = await takeFormState(ctx, stateKey(req, req.params.id), FILED_FORM);

    return render(reply, <StaffReceiptPage view={view(req, reply)} reportId={req.params.id} number={state?.values?.number ?? null} receipt={state?.values?.receipt ?? null} />);
  });

  app.get<Id>('/meldingen/:id', { config: { access: READ } }, async (req, reply) => reportPage(req, reply, req.params.id));

  app.post<Id>('/meldingen/:id/toewijzen', { config: { access: WORK } }, async (req, reply) => {
    const raw = field(asForm(req.body), 'assigneeId');
    const assigneeId = isUuid(raw) ? raw : null;
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const result = await assignReport(ctx, { reportId: req.params.id, assigneeId }, actorOf(req));
    if (!result.ok && result.problem === 'notFound') return reply.callNotFound();
    if (!result.ok) return backToReport(req, reply, req.params.id, { errors: { assigneeId: 'badUser' } });

    return backToReport(req, reply, req.params.id);
  });

  app.post<Id>('/meldingen/:id/status', { config: { access: WORK } }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const body = asForm(req.body);
    const result = await changeReportStatus(ctx, { reportId: req.params.id, status: field(body, 'status'), closeReason: field(body, 'closeReason') }, actorOf(req));
    if (!result.ok && result.problem === 'notFound') return reply.callNotFound();
    if (!result.ok) return backToReport(req, reply, req.params.id, { errors: { closeReason: 'statusReasonNeeded' } });

    return backToReport(req, reply, req.params.id);
  });

  app.post<Id>('/meldingen/:id/bericht', { config: { access: WORK } }, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const body = asForm(req.body);
    const kind = field(body, 'kind') === 'staff' ? 'staff' : 'internal';
    const text = field(body, 'body');
    // The form's token: a second post of the same form (reload, double click) adds no second message.
    const result = await postMessage(ctx, { reportId: req.params.id, kind, body: text, authorUserId: req.staff!.user.id, formToken: field(body, 'formToken') });
    if (!result.ok) return backToReport(req, reply, req.params.id, { errors: { body: result.problem }, values: { body: text.slice(0, 10_000), kind } });

    return backToReport(req, reply, req.params.id);
  });

  app.post<FileParams>('/meldingen/:id/bestanden/:fileId/openen', { config: { access: READ } }, async (req, reply) => {
    if (!isUuid(req.params.id) || !isUuid(req.params.fileId)) return reply.callNotFound();
    const reason = field(asForm(req.body), 'reason').slice(0, 200);
    const result = await openReportFile(ctx, { reportId: req.params.id, fileId: req.params.fileId, reason }, { ...actorOf(req), label: req.staff!.user.name });
    if (!result.ok) return reply.callNotFound();

    // A download, never shown inline: the browser must not render what a reporter sent.
    return reply
      .type('application/octet-stream')
      .header('content-disposition', `attachment; filename="${result.downloadName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(result.content);
  });

  app.post<FileParams>('/meldingen/:id/bestanden/:fileId/misbruik', { config: { access: WORK } }, async (req, reply) => {
    if (!isUuid(req.params.id) || !isUuid(req.params.fileId)) return reply.callNotFound();
    const result = await markAbuseImage(ctx, { reportId: req.params.id, fileId: req.params.fileId, note: field(asForm(req.body), 'note') }, actorOf(req));
    if (!result.ok) return reply.callNotFound();

    return backToReport(req, reply, req.params.id);
  });
};
