import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field } from '../../../app/forms.ts';
import { reporterNotices } from '../../../app/registry.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { addReportFile } from '../report-form/add-report-file.ts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../answers.ts';
import { changeConsents, currentConsents } from '../triage/change-consents.ts';
import { changeReceipt } from './change-receipt.ts';
import { checkReceipt } from './check-receipt.ts';
import { createReceiptBudget, DEFAULT_BUDGET } from './receipt-budget.ts';
import { MAX_FILE_BYTES } from '../report-form/file-types.ts';
import { endFollowUp, holdNewReceipt, readFollowUp, startFollowUp, takeNewReceipt } from './follow-up-session.ts';
import { postMessage } from './post-message.ts';
import { findReportById, listMessages, listReportFiles } from '../reads.ts';
import { readUpload } from '../report-form/read-upload.ts';
import { shownFiles } from '../report-form/shown-files.ts';
import { fileProblemText } from '../report-form/routes-public.tsx';
import { followUpText, formText } from '../texts.ts';
import { FilesPage } from '../views/form-pages.tsx';
import { ConsentPage, NewReceiptPage, OverviewPage, ReceiptEntryPage } from '../views/follow-up.tsx';

const CONSENT_FIELD: Record<ConsentPurpose, string> = { police: 'consentPolice', care: 'consentCare', zvh: 'consentZvh' };


/**
 * Follow-up at /mijn-melding: the receipt opens the report for a short while (cookie + a session row
 * holding no connection data); then the reporter reads messages, answers, adds files, changes consent or
 * the receipt.
 */
export const followUpRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  // No limit per connection: behind a proxy every reporter has the same address (README).
  const budget = createReceiptBudget({ ...DEFAULT_BUDGET, freeSlots: ctx.config.receiptChecksAtOnce, freeQueue: ctx.config.receiptCheckQueue });
  /** The report this browser opened with a receipt, or a redirect to the receipt form. */
  const opened = async (req: FastifyRequest, reply: FastifyReply, options: { allowMustChange?: boolean } = {}) => {
    const session = await readFollowUp(ctx, req);
    const report = session ? await findReportById(ctx, session.reportId) : null;
    if (!session || !report) {
      await reply.redirect('/mijn-melding', 303);
      return null;
    }
    if (session.mustChangeReceipt && !options.allowMustChange) {
      await reply.redirect('/mijn-melding/nieuwe-code', 303);
      return null;
    }

    return { session, report };
  };

  const overview = async (req: FastifyRequest, reply: FastifyReply, reportId: string, extra: { draft?: string; error?: string; notice?: string }, status = 200) => {
    const report = await findReportById(ctx, reportId);
    if (!report) return reply.redirect('/mijn-melding', 303);
    const messages = await listMessages(ctx, report.id, ['reporter', 'staff']);
    const files = await listReportFiles(ctx, report.id);
    const updates = await reporterNotices(ctx, report.id);

    return render(
      reply,
      <OverviewPage view={view(req, reply)} number={report.number} status={report.status} messages={messages} fileCount={files.length} updates={updates} {...extra} />,
      status,
    );
  };

  app.get('/mijn-melding', async (req, reply) => {
    if (await readFollowUp(ctx, req)) return reply.redirect('/mijn-melding/overzicht', 303);

    return render(reply, <ReceiptEntryPage view={view(req, reply)} />);
  });

  app.post('/mijn-melding', async (req, reply) => {
    const t = pick(followUpText, req.lang);
    const typed = field(asForm(req.body), 'bewijscode').slice(0, 80);
    if (!typed) return render(reply, <ReceiptEntryPage view={view(req, reply)} error={t.format} />, 400);
    const result = await checkReceipt(ctx, budget, typed);
    if (!result.ok) {
      const page = (error: string, status: number) => render(reply, <ReceiptEntryPage view={view(req, reply)} typed={typed} error={error} />, status);
      if (result.problem === 'wait') return page(t.wait(result.waitSeconds), 429);
      if (result.problem === 'busy') {
        reply.header('retry-after', '60');
        return page(t.busy, 503);
      }
      return page(result.problem === 'format' ? t.format : t.wrong, 400);
    }
    await startFollowUp(ctx, reply, result.report.id, result.report.receiptMustChange);

    return reply.redirect(result.report.receiptMustChange ? '/mijn-melding/nieuwe-code' : '/mijn-melding/overzicht', 303);
  });

  app.get('/mijn-melding/overzicht', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;

    return overview(req, reply, open.report.id, {});
  });

  app.post('/mijn-melding/bericht', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;
    const t = pick(followUpText, req.lang);
    const body = field(asForm(req.body), 'bericht');
    const result = await postMessage(ctx, { reportId: open.report.id, kind: 'reporter', body, authorUserId: null });
    if (!result.ok) {
      return overview(req, reply, open.report.id, { draft: body.slice(0, 10_000), error: result.problem === 'empty' ? t.answerEmpty : t.answerTooLong }, 400);
    }

    return overview(req, reply, open.report.id, { notice: t.answerSent });
  });

  app.get('/mijn-melding/toestemming', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;
    const now = await currentConsents(ctx, open.report.id);
    const current = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, now[p] ? 'yes' : 'no'])) as Record<ConsentPurpose, string>;

    return render(reply, <ConsentPage view={view(req, reply)} current={current} />);
  });

  app.post('/mijn-melding/toestemming', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;
    const t = pick(followUpText, req.lang);
    const f = pick(formText, req.lang);
    const body = asForm(req.body);
    const typed = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, field(body, CONSENT_FIELD[p])])) as Record<ConsentPurpose, string>;
    const errors = Object.fromEntries(
      CONSENT_PURPOSES.filter((p) => typed[p] !== 'yes' && typed[p] !== 'no').map((p) => [CONSENT_FIELD[p], f.required[CONSENT_FIELD[p]]]),
    );
    if (Object.keys(errors).length > 0) return render(reply, <ConsentPage view={view(req, reply)} current={typed} errors={errors} />, 400);
    await changeConsents(ctx, {
      reportId: open.report.id,
      choices: CONSENT_PURPOSES.map((p) => ({ purpose: p, granted: typed[p] === 'yes' })),
      source: 'reporter',
      recordedBy: null,
    });

    return overview(req, reply, open.report.id, { notice: t.consentSaved });
  });

  app.get('/mijn-melding/nieuwe-code', async (req, reply) => {
    const open = await opened(req, reply, { allowMustChange: true });
    if (!open) return reply;
    // Shown once: taken out of the database as it is rendered.
    const receipt = await takeNewReceipt(ctx, open.session);

    return render(reply, <NewReceiptPage view={view(req, reply)} mustChange={open.session.mustChangeReceipt} receipt={receipt} />);
  });

  app.post('/mijn-melding/nieuwe-code', async (req, reply) => {
    const open = await opened(req, reply, { allowMustChange: true });
    if (!open) return reply;
    const receipt = await changeReceipt(ctx, open.report.id);
    await holdNewReceipt(ctx, open.session, receipt);

    return reply.redirect('/mijn-melding/nieuwe-code', 303);
  });

  app.post('/mijn-melding/afsluiten', async (req, reply) => {
    await endFollowUp(ctx, req, reply);

    return reply.redirect('/mijn-melding', 303);
  });

  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1 } });

    const filesPage = async (req: FastifyRequest, reply: FastifyReply, reportId: string, extra: { error?: string; message?: string }, status = 200) => {
      const f = pick(formText, req.lang);
      const files = shownFiles(ctx, await listReportFiles(ctx, reportId));

      return render(
        reply,
        <FilesPage
          view={view(req, reply)}
          files={files}
          {...extra}
          action="/mijn-melding/bestanden"
          removeAction={null}
          backHref="/mijn-melding/overzicht"
          nextHref="/mijn-melding/overzicht"
          nextLabel={f.back}
        />,
        status,
      );
    };

    scope.get('/mijn-melding/bestanden', async (req, reply) => {
      const open = await opened(req, reply);
      if (!open) return reply;

      return filesPage(req, reply, open.report.id, {});
    });

    // As on the report form: the button onwards (?verder=1) adds a chosen file first.
    scope.post<{ Querystring: { verder?: string } }>('/mijn-melding/bestanden', async (req, reply) => {
      const open = await opened(req, reply);
      if (!open) return reply;
      const f = pick(formText, req.lang);
      const onwards = req.query.verder === '1';
      const upload = await readUpload(req);
      if (!upload.ok && onwards && upload.problem === 'none') return reply.redirect('/mijn-melding/overzicht', 303);
      const problem = (p: string) => (onwards ? f.fileNotAdded(fileProblemText(f, p)) : fileProblemText(f, p));
      if (!upload.ok) return filesPage(req, reply, open.report.id, { error: problem(upload.problem) }, 400);
      const added = await addReportFile(ctx, { reportId: open.report.id }, { name: upload.name, content: upload.content, addedBy: 'reporter' });
      if (!added.ok) return filesPage(req, reply, open.report.id, { error: problem(added.problem) }, 400);
      if (onwards) return reply.redirect('/mijn-melding/overzicht', 303);

      return filesPage(req, reply, open.report.id, { message: f.fileAdded });
    });
  });
};
