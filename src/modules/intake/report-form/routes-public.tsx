import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { type DraftAnswers, missingSteps, readStep, STEP_SLUGS, type StepSlug } from '../answers.ts';
import { addReportFile } from './add-report-file.ts';
import { clearUnsaved, type Draft, type Unsaved, errorsOnStep, readDraft, saveDraftAnswers, saveUnsaved, shownOnStep, startDraft } from './draft-session.ts';
import { MAX_FILE_BYTES, MAX_FILE_MB, MAX_FILES } from './file-types.ts';
import { listDraftFiles } from '../reads.ts';
import { removeDraftFile } from './remove-draft-file.ts';
import { shownFiles } from './shown-files.ts';
import { readUpload } from './read-upload.ts';
import { submitReport } from './submit-report.ts';
import { takeReceipt } from '../follow-up/take-receipt.ts';
import { formText } from '../texts/texts.ts';
import { formTextFor } from '../texts/texts-victim.ts';
import { shortFormRoutes } from './routes-short.tsx';
import { isShortDraft, PATH_FIELD } from './short-path.ts';
import { errorMessages } from '../views/fields.tsx';
import { CheckPage, Danger112Page, FilesPage, MessagePage, ReceiptPage, StartPage, StepPage } from '../views/form-pages.tsx';

type Back = { Querystring: { terug?: string } };
type Step = Back & { Params: { slug: string } };

const isStep = (slug: string): slug is StepSlug => (STEP_SLUGS as readonly string[]).includes(slug) && slug !== 'bestanden';

const nextPath = (slug: StepSlug): string => {
  const i = STEP_SLUGS.indexOf(slug);
  const next = STEP_SLUGS[i + 1];

  return next ? `/melden/${next}` : '/melden/controle';
};

export const fileProblemText = (t: typeof formText.nl, problem: string): string => {
  if (problem === 'tooLarge') return t.fileProblem.tooLarge(MAX_FILE_MB);
  if (problem === 'tooMany') return t.fileProblem.tooMany(MAX_FILES);
  if (problem === 'badType') return t.fileProblem.badType;
  if (problem === 'cutOff') return t.fileProblem.cutOff;

  return t.fileProblem.empty;
};

/** Where the files page goes on to. */
const filesNext = (fromCheck: boolean): string => (fromCheck ? '/melden/controle' : '/melden/contact');

/**
 * The language switch on a step is a button of the step's form (layout.tsx): what was typed is
 * saved — as answers when it is all right, else kept as unsaved values of this step, shown again
 * without errors (the reporter did not ask to go on) — and then /taal/… sets the language and comes
 * back to this step (issue 14 finding 5).
 */
const switchLanguage = async (
  req: FastifyRequest<Step>,
  reply: FastifyReply,
  found: Draft | null,
  slug: StepSlug,
  step: { values: DraftAnswers; errors: Record<string, unknown> },
  lang: 'nl' | 'en',
  ctx: AppContext,
) => {
  const draft = found ?? (await startDraft(ctx, reply));
  if (Object.keys(step.errors).length === 0) await saveDraftAnswers(ctx, draft, { ...draft.answers, ...step.values });
  else await saveUnsaved(ctx, draft, { slug, values: step.values });
  const back = `/melden/${slug}${req.query.terug === 'controle' ? '?terug=controle' : ''}`;

  return reply.redirect(`/taal/${lang}?terug=${encodeURIComponent(back)}`, 303);
};

/** The public report form at /melden: one question per page, a check page, submit, receipt once. */
export const reportFormRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const submitted = (req: FastifyRequest, reply: FastifyReply) => {
    const t = pick(formText, req.lang);
    return render(reply, <MessagePage view={view(req, reply)} title={t.alreadySentTitle} body={t.alreadySent} startNew />);
  };
  /** A post after the report was sent: back to the GET of the same page, which says so. */
  const sentAlready = (req: FastifyRequest, reply: FastifyReply) => reply.redirect(req.url, 303);

  await shortFormRoutes(app, ctx);

  app.get('/melden', async (req, reply) => {
    const draft = await readDraft(ctx, req);
    const open = draft && !draft.submittedReportId && Object.keys(draft.answers).length > 0;

    return render(reply, <StartPage view={view(req, reply)} draftPath={open ? (isShortDraft(draft.answers) ? 'kort' : 'uitgebreid') : null} />);
  });

  app.post<{ Querystring: { nieuw?: string } }>('/melden/start', async (req, reply) => {
    const draft = await readDraft(ctx, req);
    if (!draft || draft.submittedReportId || req.query.nieuw === '1') await startDraft(ctx, reply);
    else if (isShortDraft(draft.answers)) {
      // From the short path to the full one: keep what was typed, ask the rest.
      const { [PATH_FIELD]: _short, ...rest } = draft.answers;
      await saveDraftAnswers(ctx, draft, rest);
    }

    return reply.redirect('/melden/wie', 303);
  });

  app.get<Back>('/melden/bel-112', async (req, reply) => {
    const draft = await readDraft(ctx, req);
    const kind = String(draft?.answers.reporterKind ?? '');

    return render(reply, <Danger112Page view={view(req, reply)} fromCheck={req.query.terug === 'controle'} reporterKind={kind} />);
  });

  app.get<Step>('/melden/:slug', async (req, reply) => {
    const { slug } = req.params;
    if (!isStep(slug)) return reply.callNotFound();
    const draft = await readDraft(ctx, req);
    if (draft?.submittedReportId) return submitted(req, reply);
    const values = shownOnStep(draft, slug);
    const errors = errorsOnStep(draft, slug);
    const t = formTextFor(req.lang, String(values.reporterKind ?? ''));

    return render(
      reply,
      <StepPage
        view={view(req, reply)}
        slug={slug}
        values={values}
        errors={errors ? errorMessages(t, errors) : undefined}
        fromCheck={req.query.terug === 'controle'}
        reporterKind={String(values.reporterKind ?? '')}
      />,
      errors ? 400 : 200,
    );
  });

  app.post<Step>('/melden/:slug', async (req, reply) => {
    const { slug } = req.params;
    if (!isStep(slug)) return reply.callNotFound();
    let draft: Draft | null = await readDraft(ctx, req);
    if (draft?.submittedReportId) return sentAlready(req, reply);
    const fromCheck = req.query.terug === 'controle';
    const { values, errors } = readStep(slug, asForm(req.body));
    const switchTo = field(asForm(req.body), '_taal');
    if (switchTo === 'nl' || switchTo === 'en') return switchLanguage(req, reply, draft, slug, { values, errors }, switchTo, ctx);
    draft ??= await startDraft(ctx, reply);
    if (Object.keys(errors).length > 0) {
      // Post/Redirect/Get: the typed values and the error codes wait in the draft for the step's GET.
      await saveUnsaved(ctx, draft, { slug, values, errors });
      return reply.redirect(`/melden/${slug}${fromCheck ? '?terug=controle' : ''}`, 303);
    }
    await saveDraftAnswers(ctx, draft, { ...draft.answers, ...values });
    if (slug === 'gevaar' && values.dangerNow === 'yes') return reply.redirect(`/melden/bel-112${fromCheck ? '?terug=controle' : ''}`, 303);

    return reply.redirect(fromCheck ? '/melden/controle' : nextPath(slug), 303);
  });

  // Files: multipart only in this scope. The CSRF token comes in the form action's query string,
  // because the preHandler check runs before the multipart body is read.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1 } });

    scope.get<Back>('/melden/bestanden', async (req, reply) => {
      const draft = await readDraft(ctx, req);
      if (draft?.submittedReportId) return submitted(req, reply);
      const t = formTextFor(req.lang, String(draft?.answers.reporterKind ?? ''));
      const fromCheck = req.query.terug === 'controle';
      const files = draft ? shownFiles(ctx, await listDraftFiles(ctx, draft.id)) : [];
      const back = fromCheck ? '?terug=controle' : '';
      // What the last upload met, shown once (a reload shows the list as it is).
      const met = draft?.unsaved?.slug === 'bestanden' ? draft.unsaved.file : undefined;
      if (draft && met) await clearUnsaved(ctx, draft);
      const error = met?.problem ? (met.onwards ? t.fileNotAdded(fileProblemText(t, met.problem)) : fileProblemText(t, met.problem)) : undefined;

      return render(
        reply,
        <FilesPage
          view={view(req, reply)}
          files={files}
          error={error}
          message={met?.added ? t.fileAdded : undefined}
          action={`/melden/bestanden${back}`}
          removeAction={`/melden/bestanden/verwijderen${back}`}
          backHref={fromCheck ? '/melden/controle' : '/melden/waar-wanneer'}
          nextHref={filesNext(fromCheck)}
          nextLabel={fromCheck ? t.saveButton : t.continueButton}
          reporterKind={String(draft?.answers.reporterKind ?? '')}
          formStep
        />,
        error ? 400 : 200,
      );
    });

    // "Verder" posts the same form with ?verder=1: a chosen file is added first, then the reporter
    // goes on; a file that cannot be added keeps them here with an error saying so.
    scope.post<Back & { Querystring: { verder?: string } }>('/melden/bestanden', async (req, reply) => {
      const onwards = req.query.verder === '1';
      const next = filesNext(req.query.terug === 'controle');
      const here = `/melden/bestanden${req.query.terug === 'controle' ? '?terug=controle' : ''}`;
      let draft = await readDraft(ctx, req);
      if (draft?.submittedReportId) return reply.redirect(here, 303);
      const upload = await readUpload(req);
      if (!upload.ok && onwards && upload.problem === 'none') return reply.redirect(next, 303);
      draft ??= await startDraft(ctx, reply);
      const met = async (file: NonNullable<Unsaved['file']>) => {
        await saveUnsaved(ctx, draft, { slug: 'bestanden', values: {}, file });
        return reply.redirect(here, 303);
      };
      if (!upload.ok) return met({ problem: upload.problem, onwards });
      const added = await addReportFile(ctx, { draftId: draft.id }, { name: upload.name, content: upload.content, addedBy: 'reporter' });
      if (!added.ok) return met({ problem: added.problem, onwards });
      if (onwards) return reply.redirect(next, 303);

      return met({ added: true });
    });

    scope.post<Back>('/melden/bestanden/verwijderen', async (req, reply) => {
      const draft = await readDraft(ctx, req);
      const fileId = field(asForm(req.body), 'fileId');
      if (draft && !draft.submittedReportId && /^[0-9a-f-]{36}$/.test(fileId)) await removeDraftFile(ctx, { draftId: draft.id, fileId });

      return reply.redirect(`/melden/bestanden${req.query.terug === 'controle' ? '?terug=controle' : ''}`, 303);
    });
  });

  app.get('/melden/controle', async (req, reply) => {
    const t = pick(formText, req.lang);
    const draft = await readDraft(ctx, req);
    if (!draft) return render(reply, <MessagePage view={view(req, reply)} title={t.checkTitle} body={t.noDraft} startNew />);
    if (draft.submittedReportId) return submitted(req, reply);
    const files = await listDraftFiles(ctx, draft.id);

    return render(reply, <CheckPage view={view(req, reply)} answers={draft.answers} fileCount={files.length} missing={missingSteps(draft.answers)} />);
  });

  app.post('/melden/versturen', async (req, reply) => {
    const draft = await readDraft(ctx, req);
    // No draft (expired, or the cookie gone) or nothing to send: the check page's GET says so.
    if (!draft) return reply.redirect('/melden/controle', 303);
    const result = await submitReport(ctx, draft);
    if (!result.ok) return reply.redirect(draft.submittedReportId ? '/melden/ontvangen' : '/melden/controle', 303);

    // Post/redirect/get: a refresh of the receipt page never posts again.
    return reply.redirect('/melden/ontvangen', 303);
  });

  app.get('/melden/ontvangen', async (req, reply) => {
    const t = pick(formText, req.lang);
    const draft = await readDraft(ctx, req);
    if (!draft?.submittedReportId) return render(reply, <MessagePage view={view(req, reply)} title={t.checkTitle} body={t.noDraft} startNew />, 404);
    const { receipt, number, reporterKind } = await takeReceipt(ctx, draft.id);

    return render(reply, <ReceiptPage view={view(req, reply)} receipt={receipt} number={number} reporterKind={reporterKind ?? ''} />);
  });
};

