import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { readThemeAnswers, summarise } from './answers.ts';
import { THEMES } from './checklist-content.ts';
import { checklistCsv } from './checklist-csv.ts';
import { CHECKLIST_PATH, readChecklistDraft, saveChecklistDraft, startChecklistDraft } from './draft-session.ts';
import { renderChecklistPdf } from './render-checklist-pdf.ts';
import { ChecklistIntroPage, ChecklistSummaryPage, ChecklistThemePage } from '../views/checklist-public.tsx';

/** The public checklist: no account, no JavaScript needed, answers kept under a cookie token only. */
export const publicChecklistRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get(CHECKLIST_PATH, async (req, reply) => render(reply, ChecklistIntroPage({ view: view(req, reply) })));

  app.get<{ Querystring: { bewaard?: string } }>(`${CHECKLIST_PATH}/overzicht`, async (req, reply) => {
    const answers = (await readChecklistDraft(ctx, req))?.answers ?? {};

    return render(reply, ChecklistSummaryPage({ view: view(req, reply), summary: summarise(answers), answers, saved: req.query.bewaard === '1' }));
  });

  app.get(`${CHECKLIST_PATH}/rapport.pdf`, async (req, reply) => {
    const answers = (await readChecklistDraft(ctx, req))?.answers ?? {};
    const pdf = await renderChecklistPdf({ heading: 'uw gemeente', generatedAt: ctx.clock.now(), answers, summary: summarise(answers) });

    return reply.type('application/pdf').header('content-disposition', 'attachment; filename="checklist-loverboyproblematiek.pdf"').send(pdf);
  });

  app.get(`${CHECKLIST_PATH}/antwoorden.csv`, async (req, reply) => {
    const answers = (await readChecklistDraft(ctx, req))?.answers ?? {};

    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="checklist-antwoorden.csv"').send(checklistCsv(answers));
  });

  app.get<{ Params: { slug: string } }>(`${CHECKLIST_PATH}/:slug`, async (req, reply) => {
    const theme = THEMES.find((t) => t.slug === req.params.slug);
    if (!theme) return reply.callNotFound();
    const answers = (await readChecklistDraft(ctx, req))?.answers ?? {};

    return render(reply, ChecklistThemePage({ view: view(req, reply), theme, values: answers, errors: {} }));
  });

  app.post<{ Params: { slug: string } }>(`${CHECKLIST_PATH}/:slug`, async (req, reply) => {
    const theme = THEMES.find((t) => t.slug === req.params.slug);
    if (!theme) return reply.callNotFound();
    const { values, errors } = readThemeAnswers(theme, asForm(req.body));
    const draft = (await readChecklistDraft(ctx, req)) ?? (await startChecklistDraft(ctx, reply));
    if (Object.keys(errors).length > 0) {
      return render(reply, ChecklistThemePage({ view: view(req, reply), theme, values: { ...draft.answers, ...values }, errors }), 400);
    }
    await saveChecklistDraft(ctx, draft, { ...draft.answers, ...values });
    const next = THEMES[THEMES.indexOf(theme) + 1];

    return reply.redirect(next ? `${CHECKLIST_PATH}/${next.slug}` : `${CHECKLIST_PATH}/overzicht?bewaard=1`, 303);
  });
};
