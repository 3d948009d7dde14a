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
import { consentNoteBand } from '../consent/own-consent-reach.ts';
import { clearFormState, keepFormState, takeFormState } from '../form-state/form-state.ts';
import {
  endFollowUp,
  entryStateKey,
  holdNewReceipt,
  readFollowUp,
  sessionStateKey,
  startEntryState,
  startFollowUp,
  takeNewReceipt,
} from './follow-up-session.ts';
import { newFormToken, postMessage } from './post-message.ts';
import { findReportById, listMessages, listReportFiles } from '../reads.ts';
import { readUpload } from '../report-form/read-upload.ts';
import { shownFiles } from '../report-form/shown-files.ts';
import { fileProblemText } from '../report-form/routes-public.tsx';
import { followUpText } from '../texts/texts.ts';
import { followUpTextFor, formTextFor } from '../texts/texts-victim.ts';
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

  // Post/Redirect/Get (issue 14 finding 2): every post below answers with a 303 to a GET; what the
  // page must show (typed text, an error, a notice) waits in the session's form state.
  const NOTICE = { answerSent: 'answerSent', consentSaved: 'consentSaved', fileAdded: 'fileAdded' } as const;

  app.get('/mijn-melding', async (req, reply) => {
    if (await readFollowUp(ctx, req)) return reply.redirect('/mijn-melding/overzicht', 303);
    const t = pick(followUpText, req.lang);
    const key = entryStateKey(req);
    const state = key ? await takeFormState(ctx, key, 'receipt') : null;
    const problem = state?.errors?.bewijscode;
    const error =
      problem === 'wait' ? t.wait(state?.n ?? 60) : problem === 'busy' ? t.busy : problem === 'wrong' ? t.wrong : problem ? t.format : undefined;
    // The status says what the refused try met (tools and tests read it); the page is the same.
    const status = problem === 'wait' ? 429 : problem === 'busy' ? 503 : problem ? 400 : 200;
    if (problem === 'busy') reply.header('retry-after', '60');

    return render(reply, <ReceiptEntryPage view={view(req, reply)} typed={state?.values?.bewijscode} error={error} />, status);
  });

  app.post('/mijn-melding', async (req, reply) => {
    const typed = field(asForm(req.body), 'bewijscode').slice(0, 80);
    const refuse = async (problem: string, n?: number) => {
      await keepFormState(ctx, startEntryState(ctx, req, reply), { form: 'receipt', values: { bewijscode: typed }, errors: { bewijscode: problem }, n });
      return reply.redirect('/mijn-melding', 303);
    };
    if (!typed) return refuse('format');
    const result = await checkReceipt(ctx, budget, typed);
    if (!result.ok) return refuse(result.problem, result.problem === 'wait' ? result.waitSeconds : undefined);
    const entryKey = entryStateKey(req);
    if (entryKey) await clearFormState(ctx, entryKey, 'receipt');
    await startFollowUp(ctx, reply, result.report.id, result.report.receiptMustChange);

    return reply.redirect(result.report.receiptMustChange ? '/mijn-melding/nieuwe-code' : '/mijn-melding/overzicht', 303);
  });

  app.get('/mijn-melding/overzicht', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;
    const kind = open.report.reporterKind;
    const t = followUpTextFor(req.lang, kind);
    const state = await takeFormState(ctx, sessionStateKey(open.session), 'bericht');
    const problem = state?.errors?.bericht;
    const told = (await takeFormState(ctx, sessionStateKey(open.session), 'overzicht'))?.notice;
    const notice = told === NOTICE.answerSent ? t.answerSent : told === NOTICE.consentSaved ? t.consentSaved : undefined;
    const messages = await listMessages(ctx, open.report.id, ['reporter', 'staff']);
    const files = await listReportFiles(ctx, open.report.id);
    const updates = await reporterNotices(ctx, open.report.id);

    return render(
      reply,
      <OverviewPage
        view={view(req, reply)}
        number={open.report.number}
        status={open.report.status}
        messages={messages}
        fileCount={files.length}
        updates={updates}
        draft={state?.values?.bericht}
        error={problem ? (problem === 'empty' ? t.answerEmpty : t.answerTooLong) : undefined}
        notice={notice}
        formToken={newFormToken()}
        reporterKind={kind}
      />,
      problem ? 400 : 200,
    );
  });

  // Idempotent: the form's token makes a second post of the same form (a double click, a resubmit)
  // add nothing; either way the answer is a redirect to the overview.
  app.post('/mijn-melding/bericht', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;
    const form = asForm(req.body);
    const body = field(form, 'bericht');
    const key = sessionStateKey(open.session);
    const result = await postMessage(ctx, { reportId: open.report.id, kind: 'reporter', body, authorUserId: null, formToken: field(form, 'formToken') });
    if (!result.ok) {
      await keepFormState(ctx, key, { form: 'bericht', values: { bericht: body.slice(0, 10_000) }, errors: { bericht: result.problem } });
    } else {
      await clearFormState(ctx, key, 'bericht');
      await keepFormState(ctx, key, { form: 'overzicht', notice: NOTICE.answerSent });
    }

    return reply.redirect('/mijn-melding/overzicht', 303);
  });

  app.get('/mijn-melding/toestemming', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;
    const f = formTextFor(req.lang, open.report.reporterKind);
    const now = await currentConsents(ctx, open.report.id);
    const saved = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, now[p] ? 'yes' : 'no'])) as Record<ConsentPurpose, string>;
    const state = await takeFormState(ctx, sessionStateKey(open.session), 'toestemming');
    const current = state?.values ? ({ ...saved, ...state.values } as Record<ConsentPurpose, string>) : saved;
    const errors = Object.fromEntries(Object.keys(state?.errors ?? {}).map((name) => [name, f.required[name]]));

    return render(reply, <ConsentPage
        view={view(req, reply)}
        current={current}
        errors={errors}
        reporterKind={open.report.reporterKind}
        ageBand={consentNoteBand(open.report.reporterKind, open.report.answers as Record<string, unknown>)}
      />, state?.errors ? 400 : 200);
  });

  app.post('/mijn-melding/toestemming', async (req, reply) => {
    const open = await opened(req, reply);
    if (!open) return reply;
    const body = asForm(req.body);
    const key = sessionStateKey(open.session);
    const typed = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, field(body, CONSENT_FIELD[p])])) as Record<ConsentPurpose, string>;
    const errors = Object.fromEntries(CONSENT_PURPOSES.filter((p) => typed[p] !== 'yes' && typed[p] !== 'no').map((p) => [CONSENT_FIELD[p], 'required']));
    if (Object.keys(errors).length > 0) {
      const values = Object.fromEntries(CONSENT_PURPOSES.filter((p) => typed[p] === 'yes' || typed[p] === 'no').map((p) => [p, typed[p]]));
      await keepFormState(ctx, key, { form: 'toestemming', values, errors });
      return reply.redirect('/mijn-melding/toestemming', 303);
    }
    await changeConsents(ctx, {
      reportId: open.report.id,
      choices: CONSENT_PURPOSES.map((p) => ({ purpose: p, granted: typed[p] === 'yes' })),
      source: 'reporter',
      recordedBy: null,
    });
    await keepFormState(ctx, key, { form: 'overzicht', notice: NOTICE.consentSaved });

    return reply.redirect('/mijn-melding/overzicht', 303);
  });

  app.get('/mijn-melding/nieuwe-code', async (req, reply) => {
    const open = await opened(req, reply, { allowMustChange: true });
    if (!open) return reply;
    // Shown once: taken out of the database as it is rendered.
    const receipt = await takeNewReceipt(ctx, open.session);

    return render(reply, <NewReceiptPage view={view(req, reply)} mustChange={open.session.mustChangeReceipt} receipt={receipt} reporterKind={open.report.reporterKind} />);
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

    scope.get('/mijn-melding/bestanden', async (req, reply) => {
      const open = await opened(req, reply);
      if (!open) return reply;
      const f = formTextFor(req.lang, open.report.reporterKind);
      const files = shownFiles(ctx, await listReportFiles(ctx, open.report.id));
      const state = await takeFormState(ctx, sessionStateKey(open.session), 'bestanden');
      const problem = state?.errors?.bestand;
      const error = problem ? (state?.values?.onwards === '1' ? f.fileNotAdded(fileProblemText(f, problem)) : fileProblemText(f, problem)) : undefined;

      return render(
        reply,
        <FilesPage
          view={view(req, reply)}
          files={files}
          error={error}
          message={state?.notice === NOTICE.fileAdded ? f.fileAdded : undefined}
          action="/mijn-melding/bestanden"
          removeAction={null}
          backHref="/mijn-melding/overzicht"
          nextHref="/mijn-melding/overzicht"
          nextLabel={f.back}
          reporterKind={open.report.reporterKind}
        />,
        error ? 400 : 200,
      );
    });

    // As on the report form: the button onwards (?verder=1) adds a chosen file first.
    scope.post<{ Querystring: { verder?: string } }>('/mijn-melding/bestanden', async (req, reply) => {
      const open = await opened(req, reply);
      if (!open) return reply;
      const onwards = req.query.verder === '1';
      const key = sessionStateKey(open.session);
      const upload = await readUpload(req);
      if (!upload.ok && onwards && upload.problem === 'none') return reply.redirect('/mijn-melding/overzicht', 303);
      const refuse = async (problem: string) => {
        await keepFormState(ctx, key, { form: 'bestanden', values: { onwards: onwards ? '1' : '' }, errors: { bestand: problem } });
        return reply.redirect('/mijn-melding/bestanden', 303);
      };
      if (!upload.ok) return refuse(upload.problem);
      const added = await addReportFile(ctx, { reportId: open.report.id }, { name: upload.name, content: upload.content, addedBy: 'reporter' });
      if (!added.ok) return refuse(added.problem);
      await clearFormState(ctx, key, 'bestanden');
      if (onwards) return reply.redirect('/mijn-melding/overzicht', 303);
      await keepFormState(ctx, key, { form: 'bestanden', notice: NOTICE.fileAdded });

      return reply.redirect('/mijn-melding/bestanden', 303);
    });
  });
};
