import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, fields } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { readDraft, saveDraftAnswers, startDraft } from '../../intake/index.ts';
import { GuideResultPage, GuideStartPage, GuideStepPage } from '../views/signal-guide.tsx';
import { groupsOf, knownCodes, SIGNAL_GUIDE, signalByCode } from './signal-list.ts';

/** The signal guide on the public site (`/signalenwijzer`). */
export const signalGuideRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  // The signal guide: nothing is stored; what was ticked travels in the forms only.
  app.get('/signalenwijzer', async (req, reply) => render(reply, <GuideStartPage view={view(req, reply)} />));

  app.post('/signalenwijzer/stap', async (req, reply) => {
    const body = asForm(req.body);
    const codes = knownCodes(fields(body, 's'));
    const to = Number.parseInt(field(body, 'naar'), 10);
    const step = Number.isFinite(to) ? Math.min(Math.max(to, 0), SIGNAL_GUIDE.length + 1) : 0;
    if (step === 0) return render(reply, <GuideStartPage view={view(req, reply)} />);
    if (step > SIGNAL_GUIDE.length) return render(reply, <GuideResultPage view={view(req, reply)} codes={codes} />);

    return render(reply, <GuideStepPage view={view(req, reply)} step={step} codes={codes} />);
  });

  // Only here, when the person chooses to report, does anything get stored: a report draft with the
  // signals filled in, which the reporter can still change on every page of the form.
  app.post('/signalenwijzer/melden', async (req, reply) => {
    const codes = knownCodes(fields(asForm(req.body), 's'));
    const existing = await readDraft(ctx, req);
    const draft = existing && !existing.submittedReportId ? existing : await startDraft(ctx, reply);
    const before = Array.isArray(draft.answers.signals) ? draft.answers.signals : [];
    const signals = [...new Set([...before, ...groupsOf(codes)])];
    const lines = codes.map((c) => signalByCode(c)?.signal[req.lang]).filter(Boolean);
    const typed = typeof draft.answers.whatHappened === 'string' ? draft.answers.whatHappened : '';
    const intro = req.lang === 'en' ? 'Signals I saw (from the signal guide):' : 'Signalen die ik zag (uit de signalenwijzer):';
    const whatHappened = typed || (lines.length > 0 ? `${intro}\n${lines.map((l) => `- ${l}`).join('\n')}\n\n` : '');
    await saveDraftAnswers(ctx, draft, { ...draft.answers, signals, whatHappened });

    return reply.redirect('/melden/wie', 303);
  });
};
