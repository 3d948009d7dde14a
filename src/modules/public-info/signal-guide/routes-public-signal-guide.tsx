import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, fields } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { readDraft, startDraft } from '../../intake/index.ts';
import { GuideResultPage, GuideStartPage, GuideStepPage } from '../views/signal-guide.tsx';
import { reportFromGuide } from './report-from-guide.ts';
import { knownCodes, SIGNAL_GUIDE } from './signal-list.ts';

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

  // Only here, when the person chooses to report, does anything get stored (report-from-guide.ts).
  app.post('/signalenwijzer/melden', async (req, reply) => {
    const input = { codes: knownCodes(fields(asForm(req.body), 's')), lang: req.lang };
    await reportFromGuide(ctx, input, { existing: await readDraft(ctx, req), start: () => startDraft(ctx, reply) });

    return reply.redirect('/melden/wie', 303);
  });
};
