import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import type { DraftAnswers } from '../answers.ts';
import { formText } from '../texts/texts.ts';
import { formTextFor } from '../texts/texts-victim.ts';
import { errorMessages } from '../views/fields.tsx';
import { MessagePage } from '../views/form-pages.tsx';
import { ShortStepPage } from '../views/short-pages.tsx';
import { errorsOnStep, readDraft, saveDraftAnswers, saveUnsaved, shownOnStep, startDraft } from './draft-session.ts';
import { isShortSlug, missingShortSteps, PATH_FIELD, readShortStep, SHORT_SLUGS, type ShortSlug } from './short-path.ts';
import { submitReport } from './submit-report.ts';

type Step = { Params: { slug: string } };

/** The short pages keep refused values in the draft under their own names (the full path has a 'contact' step too). */
const unsavedSlug = (slug: ShortSlug) => `kort/${slug}`;

const nextPath = (slug: ShortSlug): string => `/melden/kort/${SHORT_SLUGS[SHORT_SLUGS.indexOf(slug) + 1] ?? 'contact'}`;

/**
 * The short way to report at /melden/kort/…: three pages, the last one sends (short-path.ts). The
 * draft, its cookie, the one-report-per-draft lock and the receipt page are those of the full path.
 */
export const shortFormRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const alreadySent = (req: FastifyRequest, reply: FastifyReply) => {
    const t = pick(formText, req.lang);
    return render(reply, <MessagePage view={view(req, reply)} title={t.alreadySentTitle} body={t.alreadySent} startNew />);
  };

  app.post('/melden/kort/start', async (req, reply) => {
    let draft = await readDraft(ctx, req);
    if (!draft || draft.submittedReportId) draft = await startDraft(ctx, reply);
    // A draft begun on the full path keeps its answers; the short path asks only what is missing.
    if (draft.answers[PATH_FIELD] !== 'kort') await saveDraftAnswers(ctx, draft, { ...draft.answers, [PATH_FIELD]: 'kort' });

    return reply.redirect('/melden/kort/wat', 303);
  });

  app.get('/melden/kort', async (_req, reply) => reply.redirect('/melden/kort/wat', 303));

  app.get<Step>('/melden/kort/:slug', async (req, reply) => {
    const { slug } = req.params;
    if (!isShortSlug(slug)) return reply.callNotFound();
    const draft = await readDraft(ctx, req);
    if (draft?.submittedReportId) return alreadySent(req, reply);
    const values = shownOnStep(draft, unsavedSlug(slug));
    const errors = errorsOnStep(draft, unsavedSlug(slug));
    const t = formTextFor(req.lang, String(values.reporterKind ?? ''));

    return render(reply, <ShortStepPage view={view(req, reply)} slug={slug} values={values} errors={errors ? errorMessages(t, errors) : undefined} />, errors ? 400 : 200);
  });

  app.post<Step>('/melden/kort/:slug', async (req, reply) => {
    const { slug } = req.params;
    if (!isShortSlug(slug)) return reply.callNotFound();
    let draft = await readDraft(ctx, req);
    // Post/Redirect/Get: every answer to a post is a redirect to a GET (issue 14 finding 2).
    if (draft?.submittedReportId) return reply.redirect(`/melden/kort/${slug}`, 303);
    const { values, errors } = readShortStep(slug, asForm(req.body));
    draft ??= await startDraft(ctx, reply);
    if (Object.keys(errors).length > 0) {
      await saveUnsaved(ctx, draft, { slug: unsavedSlug(slug), values, errors });
      return reply.redirect(`/melden/kort/${slug}`, 303);
    }
    const answers: DraftAnswers = { ...draft.answers, ...values, [PATH_FIELD]: 'kort' };
    await saveDraftAnswers(ctx, draft, answers);
    if (slug !== 'contact') return reply.redirect(nextPath(slug), 303);
    // Page 3 sends. An earlier page left empty (a page skipped by typing its address) is asked first.
    const missing = missingShortSteps(answers);
    if (missing.length > 0) return reply.redirect(`/melden/kort/${missing[0]}`, 303);
    const result = await submitReport(ctx, { ...draft, answers });
    if (!result.ok) return reply.redirect('/melden/kort/wat', 303);

    // Post/redirect/get: a reload of the receipt page never posts again.
    return reply.redirect('/melden/ontvangen', 303);
  });
};
