import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { type Problem, statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { activeUser, ASSESSMENT_ROLES, loadMunicipalityActor, mayUseAssessment, type MunicipalityActor } from '../access.ts';
import { addAction } from './add-action.ts';
import { type AnswerErrors, type ChecklistAnswers, readThemeAnswers, summarise } from '../checklist/answers.ts';
import { municipalityName } from '../../../app/cbs-municipalities.ts';
import { ALL_QUESTIONS, THEMES } from '../checklist/checklist-content.ts';
import { createAssessment } from './create-assessment.ts';
import { loadAssessmentPage } from './load-assessment-page.ts';
import { loadDashboard } from '../dashboard/load-dashboard.ts';
import { currentMonth } from '../dashboard/parse-dashboard-query.ts';
import { formatTotal } from '../dashboard/suppress.ts';
import { parseAction, parseNewAssessment } from './parse-assessment.ts';
import { type AssessmentRow, readAction, readAssessment, readAssessmentsOf } from '../read-municipality-data.ts';
import { renderChecklistPdf } from '../checklist/render-checklist-pdf.ts';
import { saveAssessmentAnswers } from './save-assessment-answers.ts';
import { staffText } from '../texts-staff.ts';
import { updateAction } from './update-action.ts';
import { AssessmentPage, MunicipalityHomePage, scopeLabel } from '../views/assessment-pages.tsx';
import { pick } from '../../../web/i18n.ts';

const QUESTION_IDS = ALL_QUESTIONS.map((q) => q.id);

/** The assessment of the request, when it exists and this officer shares it; otherwise a 404 (no hint that it exists). */
const loadOwn = async (ctx: AppContext, req: FastifyRequest, id: string): Promise<{ actor: MunicipalityActor; assessment: AssessmentRow } | null> => {
  if (!isUuid(id)) return null;
  const actor = await loadMunicipalityActor(ctx, activeUser(req));
  const assessment = await readAssessment(ctx, id);
  if (!actor || !assessment || !mayUseAssessment(actor, assessment.scope)) return null;

  return { actor, assessment };
};

export const assessmentRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const rules = { config: { access: ASSESSMENT_ROLES } };

  const home = async (req: FastifyRequest, reply: FastifyReply, problems: Problem[] = [], values: Record<string, string> = {}) => {
    const actor = await loadMunicipalityActor(ctx, activeUser(req));
    const assessments = actor ? await readAssessmentsOf(ctx, actor.scopes) : [];

    return render(reply, MunicipalityHomePage({ view: view(req, reply), actor, assessments, problems, values }), problems.length > 0 ? statusOf(problems) : 200);
  };

  const page = async (
    req: FastifyRequest,
    reply: FastifyReply,
    own: { actor: MunicipalityActor; assessment: AssessmentRow },
    extra: { answers?: ChecklistAnswers; errors?: AnswerErrors; problems?: Problem[]; actionValues?: Record<string, string>; notice?: string; status?: number } = {},
  ) => {
    const data = await loadAssessmentPage(ctx, own.actor, own.assessment);
    const answers = extra.answers ?? data.answers;
    const lang = req.lang;
    const figuresHref = `/cijfers?gemeente=${own.actor.cbsCode}`;
    // The counts beside the questions, for the assessment's year (up to this month), suppressed as on the dashboard.
    const month = currentMonth(ctx.clock.now());
    const year = own.assessment.year;
    const to = `${year}-12` < month ? `${year}-12` : month;
    const local = `${year}-01` <= month ? await loadDashboard(ctx, (q) => app.collectFigures(q, req.log), { kind: 'municipality', code: own.actor.cbsCode }, { from: `${year}-01`, to, municipality: null, region: null }) : null;
    const count = (key: string) => {
      const f = local?.sections.flatMap((x) => x.figures).find((x) => x.key === key);
      return f?.hasData ? formatTotal(f.total, lang) : lang === 'en' ? 'no data yet' : 'nog geen gegevens';
    };

    return render(
      reply,
      AssessmentPage({
        view: view(req, reply),
        actor: own.actor,
        assessment: own.assessment,
        answers,
        errors: extra.errors ?? {},
        previous: data.previous,
        summary: summarise(answers),
        actions: data.actions,
        versions: data.versions,
        problems: extra.problems ?? [],
        actionValues: extra.actionValues ?? {},
        notice: extra.notice,
        figureLinks: {
          local: {
            href: figuresHref,
            text: lang === 'en' ? `Reports about ${municipalityName(own.actor.cbsCode)} to Vangnet in ${year}: ${count('intake.reports')}. See all figures` : `Meldingen over ${municipalityName(own.actor.cbsCode)} bij Vangnet in ${year}: ${count('intake.reports')}. Bekijk alle cijfers`,
          },
          comensha: {
            href: `${figuresHref}#cases.comensha`,
            text: lang === 'en' ? `CoMensha registrations Vangnet made for your municipality in ${year}: ${count('cases.comensha')}` : `Aanmeldingen bij CoMensha die Vangnet in ${year} voor uw gemeente deed: ${count('cases.comensha')}`,
          },
        },
      }),
      extra.status ?? 200,
    );
  };

  app.get('/gemeente', rules, async (req, reply) => home(req, reply));

  app.post('/gemeente/beoordelingen', rules, async (req, reply) => {
    const actor = await loadMunicipalityActor(ctx, activeUser(req));
    if (!actor) return home(req, reply);
    const parsed = parseNewAssessment(asForm(req.body), ctx.clock.now().getUTCFullYear());
    if (!parsed.input) return home(req, reply, parsed.problems, parsed.values);
    const result = await createAssessment(ctx, actor, parsed.input);
    if (!result.ok) return home(req, reply, result.problems, parsed.values);

    return reply.redirect(`/gemeente/beoordelingen/${result.value.id}`, 303);
  });

  app.get<{ Params: { id: string }; Querystring: { bewaard?: string } }>('/gemeente/beoordelingen/:id', rules, async (req, reply) => {
    const own = await loadOwn(ctx, req, req.params.id);
    if (!own) return reply.callNotFound();
    const v = Number(req.query.bewaard);

    return page(req, reply, own, { notice: Number.isInteger(v) && v > 0 ? pick(staffText, req.lang).saved(v) : undefined });
  });

  app.post<{ Params: { id: string } }>('/gemeente/beoordelingen/:id', rules, async (req, reply) => {
    const own = await loadOwn(ctx, req, req.params.id);
    if (!own) return reply.callNotFound();
    const body = asForm(req.body);
    let answers: ChecklistAnswers = {};
    let errors: AnswerErrors = {};
    for (const theme of THEMES) {
      const r = readThemeAnswers(theme, body);
      answers = { ...answers, ...r.values };
      errors = { ...errors, ...r.errors };
    }
    if (Object.keys(errors).length > 0) return page(req, reply, own, { answers, errors, status: 400 });
    const expected = Number(field(body, 'versie'));
    const result = await saveAssessmentAnswers(ctx, own.actor, { assessment: own.assessment, expected: Number.isInteger(expected) ? expected : -1, answers });
    if (!result.ok) return page(req, reply, own, { answers, problems: result.problems, status: statusOf(result.problems) });

    return reply.redirect(`/gemeente/beoordelingen/${own.assessment.id}?bewaard=${result.value.version}`, 303);
  });

  app.get<{ Params: { id: string } }>('/gemeente/beoordelingen/:id/rapport.pdf', rules, async (req, reply) => {
    const own = await loadOwn(ctx, req, req.params.id);
    if (!own) return reply.callNotFound();
    const data = await loadAssessmentPage(ctx, own.actor, own.assessment);
    const heading = `${scopeLabel('nl', own.assessment.scope, own.actor)}, ${own.assessment.year}`;
    const pdf = await renderChecklistPdf({ heading, generatedAt: ctx.clock.now(), answers: data.answers, summary: summarise(data.answers), actions: data.actions });

    return reply.type('application/pdf').header('content-disposition', `attachment; filename="checklist-${own.assessment.year}.pdf"`).send(pdf);
  });

  app.post<{ Params: { id: string } }>('/gemeente/beoordelingen/:id/acties', rules, async (req, reply) => {
    const own = await loadOwn(ctx, req, req.params.id);
    if (!own) return reply.callNotFound();
    const parsed = parseAction(asForm(req.body), QUESTION_IDS);
    if (!parsed.input) return page(req, reply, own, { problems: parsed.problems, actionValues: parsed.values, status: 400 });
    await addAction(ctx, own.actor, own.assessment, parsed.input);

    return reply.redirect(`/gemeente/beoordelingen/${own.assessment.id}#actieplan`, 303);
  });

  app.post<{ Params: { id: string } }>('/gemeente/acties/:id', rules, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const action = await readAction(ctx, req.params.id);
    const own = action ? await loadOwn(ctx, req, action.assessmentId) : null;
    if (!action || !own) return reply.callNotFound();
    const body = asForm(req.body);
    const parsed = parseAction(body, QUESTION_IDS);
    if (!parsed.input) return page(req, reply, own, { problems: parsed.problems, status: 400 });
    const expected = Number(field(body, 'versie'));
    const result = await updateAction(ctx, own.actor, action, { ...parsed.input, expected: Number.isInteger(expected) ? expected : -1 });
    if (!result.ok) return page(req, reply, own, { problems: result.problems, status: statusOf(result.problems) });

    return reply.redirect(`/gemeente/beoordelingen/${own.assessment.id}#actieplan`, 303);
  });
};
