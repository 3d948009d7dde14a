import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, type FormBody, field, isUuid } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { listUsers, hasAccess, type Role } from '../../accounts/index.ts';
import type { AuditActor } from '../../audit/index.ts';
import { IDENTIFIER_ROLES, showWhereElseSeen } from '../../identifiers/index.ts';
import { REPORT_READERS, REPORT_WORKERS, URGENT_ALERT_ROLES } from '../access.ts';
import { CHANNELS, type Channel, type DraftAnswers, readStep, REPORTER_KINDS, STATUSES, type StepErrors } from '../answers.ts';
import { assignReport } from './assign-report.ts';
import { changeReportStatus } from './change-report-status.ts';
import { fileReportForCaller } from './file-report-for-caller.ts';
import { markAbuseImage } from './mark-abuse-image.ts';
import { openReportFile } from './open-report-file.ts';
import { postMessage } from '../follow-up/post-message.ts';
import { findReportByIdempotencyKey, listOpenAlerts, type QueueFilter } from '../reads.ts';
import { acknowledgeUrgentAlert } from './acknowledge-urgent-alert.ts';
import { readReport } from './read-report.ts';
import { searchQueue } from './search-queue.ts';
import { staffText } from './staff-texts.ts';
import { consentsFrom } from '../report-form/submit-report.ts';
import { formText } from '../texts.ts';
import { errorMessages } from '../views/fields.tsx';
import { NewReportPage, STAFF_STEPS, StaffReceiptPage } from '../views/new-report.tsx';
import { QueuePage } from '../views/queue.tsx';
import { ReportPage } from '../views/report-page.tsx';

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

/** Staff side of the meldpunt: one triage queue for every channel, the report page, filing for a caller. */
export const staffRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const reportPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { errors?: Record<string, string>; notice?: string; messageDraft?: string } = {},
    status = 200,
  ) => {
    if (!isUuid(id)) return reply.callNotFound();
    const data = await readReport(ctx, id, me(req));
    if (!data) return reply.callNotFound();
    // Where else this report's numbers, addresses and accounts were seen, linked within the viewer's access.
    const whereElse = await showWhereElseSeen(ctx, { source: { type: 'report', id: data.report.id }, viewer: me(req) });
    const linkIdentifiers = hasAccess(IDENTIFIER_ROLES, req.staff!.user.roles);

    return render(
      reply,
      <ReportPage view={view(req, reply)} {...data} whereElse={{ ...whereElse, linkIdentifiers }} staff={await handlers(ctx)} canChange={canWork(req)} {...extra} />,
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

  app.get('/meldingen/nieuw', { config: { access: WORK } }, async (req, reply) =>
    render(reply, <NewReportPage view={view(req, reply)} values={{}} token={randomBytes(16).toString('hex')} />),
  );

  app.post('/meldingen/nieuw', { config: { access: WORK } }, async (req, reply) => {
    const t = pick(staffText, req.lang);
    const f = pick(formText, req.lang);
    const body: FormBody = asForm(req.body);
    const token = /^[0-9a-f]{32}$/.test(field(body, 'token')) ? field(body, 'token') : randomBytes(16).toString('hex');
    let values: DraftAnswers = {};
    let errors: StepErrors = {};
    for (const slug of STAFF_STEPS) {
      const step = readStep(slug, body);
      values = { ...values, ...step.values };
      errors = { ...errors, ...step.errors };
    }
    const channel = field(body, 'channel');
    const urgentReason = field(body, 'urgentReason');
    const shown = { ...values, channel, urgentReason };
    const messages: Record<string, string | undefined> = errorMessages(f, errors);
    if (!['phone', 'email', 'chat'].includes(channel)) messages.channel = t.channelRequired;
    if (Object.keys(messages).length > 0) return render(reply, <NewReportPage view={view(req, reply)} values={shown} errors={messages} token={token} />, 400);
    // The form's token makes a double post land on the first report instead of making a second.
    const key = `staff:${token}`;
    const existing = await findReportByIdempotencyKey(ctx, key);
    if (existing) return render(reply, <StaffReceiptPage view={view(req, reply)} reportId={existing.id} number={existing.number} receipt={null} />);
    const { report, receipt } = await fileReportForCaller(
      ctx,
      {
        channel: channel as Exclude<Channel, 'web'>,
        answers: values,
        consents: consentsFrom(values),
        urgentReason: urgentReason === 'minor_at_risk' || urgentReason === 'other' ? urgentReason : null,
        idempotencyKey: key,
      },
      actorOf(req),
    );

    return render(reply, <StaffReceiptPage view={view(req, reply)} reportId={report.id} number={report.number} receipt={receipt} />);
  });

  app.get<Id>('/meldingen/:id', { config: { access: READ } }, async (req, reply) => reportPage(req, reply, req.params.id));

  app.post<Id>('/meldingen/:id/toewijzen', { config: { access: WORK } }, async (req, reply) => {
    const t = pick(staffText, req.lang);
    const raw = field(asForm(req.body), 'assigneeId');
    const assigneeId = isUuid(raw) ? raw : null;
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const result = await assignReport(ctx, { reportId: req.params.id, assigneeId }, actorOf(req));
    if (!result.ok && result.problem === 'notFound') return reply.callNotFound();
    if (!result.ok) return reportPage(req, reply, req.params.id, { errors: { assigneeId: t.badUser } }, 400);

    return reportPage(req, reply, req.params.id, { notice: t.saved });
  });

  app.post<Id>('/meldingen/:id/status', { config: { access: WORK } }, async (req, reply) => {
    const t = pick(staffText, req.lang);
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const body = asForm(req.body);
    const result = await changeReportStatus(ctx, { reportId: req.params.id, status: field(body, 'status'), closeReason: field(body, 'closeReason') }, actorOf(req));
    if (!result.ok && result.problem === 'notFound') return reply.callNotFound();
    if (!result.ok) return reportPage(req, reply, req.params.id, { errors: { closeReason: t.statusReasonNeeded } }, 400);

    return reportPage(req, reply, req.params.id, { notice: t.saved });
  });

  app.post<Id>('/meldingen/:id/bericht', { config: { access: WORK } }, async (req, reply) => {
    const t = pick(staffText, req.lang);
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const body = asForm(req.body);
    const kind = field(body, 'kind') === 'staff' ? 'staff' : 'internal';
    const text = field(body, 'body');
    const result = await postMessage(ctx, { reportId: req.params.id, kind, body: text, authorUserId: req.staff!.user.id });
    if (!result.ok) {
      return reportPage(req, reply, req.params.id, { errors: { body: result.problem === 'empty' ? t.messageEmpty : t.messageTooLong }, messageDraft: text.slice(0, 10_000) }, 400);
    }

    return reportPage(req, reply, req.params.id, { notice: t.saved });
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
    const t = pick(staffText, req.lang);
    if (!isUuid(req.params.id) || !isUuid(req.params.fileId)) return reply.callNotFound();
    const result = await markAbuseImage(ctx, { reportId: req.params.id, fileId: req.params.fileId, note: field(asForm(req.body), 'note') }, actorOf(req));
    if (!result.ok) return reply.callNotFound();

    return reportPage(req, reply, req.params.id, { notice: t.saved });
  });
};
