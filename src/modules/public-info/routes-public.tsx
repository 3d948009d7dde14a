import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { asForm, field, fields } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import { pick } from '../../web/i18n.ts';
import { readDraft, saveDraftAnswers, startDraft } from '../intake/index.ts';
import { flagDraft, takeFlag } from './campaign-flags.ts';
import { countCampaignEvent } from './count-campaign-event.ts';
import { EXIT_SCRIPT } from './exit-script.ts';
import { AUDIENCE_SLUGS } from './default-pages.ts';
import { CODE, SLUG } from './parse-page-form.ts';
import { findLanding, listPublishedPages, readPublishedVersionId, readVersionById, searchPages } from './read-info.ts';
import { renderCampaignPage } from './render-campaign.tsx';
import { formlessView, renderInfoPage } from './render-page.tsx';
import { groupsOf, knownCodes, SIGNAL_GUIDE, signalByCode } from './signal-list.ts';
import { infoText } from './texts.ts';
import { InfoIndexPage, type PageLink, SearchPage } from './views/public-pages.tsx';
import { GuideResultPage, GuideStartPage, GuideStepPage } from './views/signal-guide.tsx';

const MAX_QUERY = 200;

type Slug = { Params: { slug: string } };
type Code = { Params: { code: string } };

/** Information pages, search, the signal guide and campaign landing paths on the public site. */
export const publicInfoRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get('/assets/verlaten.js', async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(EXIT_SCRIPT),
  );

  app.get('/informatie', async (req, reply) => {
    const rows = await listPublishedPages(ctx);
    const order = (slug: string) => {
      const i = (AUDIENCE_SLUGS as readonly string[]).indexOf(slug);
      return i === -1 ? AUDIENCE_SLUGS.length : i;
    };
    const pages: PageLink[] = rows
      .sort((a, b) => order(a.page.slug) - order(b.page.slug))
      .map((r) => ({ href: `/informatie/${r.page.slug}`, title: r.version.content[req.lang].title, summary: r.version.content[req.lang].summary }));

    return render(reply, <InfoIndexPage view={formlessView(req)} pages={pages} />);
  });

  app.get<Slug>('/informatie/:slug', async (req, reply) => {
    if (!SLUG.test(req.params.slug)) return reply.callNotFound();
    const versionId = await readPublishedVersionId(ctx, req.params.slug);
    if (!versionId) return reply.callNotFound();

    return renderInfoPage(req, reply, versionId, () => readVersionById(ctx, versionId));
  });

  app.get<{ Querystring: { q?: string } }>('/zoeken', async (req, reply) => {
    const t = pick(infoText, req.lang);
    const q = field(asForm(req.query), 'q').replace(/\s+/g, ' ');
    if (q.length > MAX_QUERY) return render(reply, <SearchPage view={formlessView(req)} q={q.slice(0, MAX_QUERY * 2)} hits={null} error={t.searchTooLong} />, 400);
    if (!q) return render(reply, <SearchPage view={formlessView(req)} q="" hits={null} />);
    const rows = await searchPages(ctx, req.lang, q);
    const hits: PageLink[] = rows.map((r) => ({ href: `/informatie/${r.slug}`, title: r.content[req.lang].title, summary: r.content[req.lang].summary }));

    return render(reply, <SearchPage view={formlessView(req)} q={q} hits={hits} />);
  });

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

  // Campaign landing paths: one count per visit and day, nothing about the visitor.
  const landing = async (req: FastifyRequest<Code>) => {
    const code = req.params.code.toLowerCase();
    if (!CODE.test(code)) return undefined;
    const found = await findLanding(ctx, code);

    return found ? { code, version: found.version } : undefined;
  };

  app.get<Code>('/c/:code', async (req, reply) => {
    const found = await landing(req);
    if (!found) return reply.callNotFound();
    await countCampaignEvent(ctx, found.code, 'visits');

    return renderCampaignPage(req, reply, found.version, found.code);
  });

  app.post<Code>('/c/:code/melden', async (req, reply) => {
    const found = await landing(req);
    if (!found) return reply.callNotFound();
    const existing = await readDraft(ctx, req);
    if (existing && !existing.submittedReportId) {
      flagDraft(existing.id, found.code, ctx.clock.now().getTime());
      return reply.redirect('/melden/wie', 303);
    }
    const draft = await startDraft(ctx, reply);
    flagDraft(draft.id, found.code, ctx.clock.now().getTime());
    await countCampaignEvent(ctx, found.code, 'reportsBegun');

    return reply.redirect('/melden/wie', 303);
  });

  // A report that began on a landing path and is now sent counts once for that path. The flag lives
  // in memory only (campaign-flags.ts); the intake module does not know about campaigns.
  app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method !== 'POST' || req.routeOptions.url !== '/melden/versturen' || reply.statusCode !== 303) return;
    const draft = await readDraft(ctx, req);
    if (!draft?.submittedReportId) return;
    const code = takeFlag(draft.id, ctx.clock.now().getTime());
    if (code) await countCampaignEvent(ctx, code, 'reportsSent');
  });
};
