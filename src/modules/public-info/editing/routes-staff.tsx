import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import type { Problem } from '../../../app/result.ts';
import { statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import type { FieldErrors } from '../../../web/components/form.tsx';
import { type Lang, pick } from '../../../web/i18n.ts';
import { actorOf } from '../../accounts/index.ts';
import { APPROVERS, EDITORS, mayApprove, mayEdit, READERS } from '../access.ts';
import { approvePageVersion } from './approve-page-version.ts';
import { blocksToSource } from '../pages/blocks.ts';
import { dutchDay } from '../campaigns/count-campaign-event.ts';
import { createPage } from './create-page.ts';
import { type PageFormValues, parseCodes, parsePageForm, readPageForm, SLUG } from './parse-page-form.ts';
import { type PageRow, readBrokenLinks, readCounts, readHistory, readLandingCodes, readPage, readPageList, readVersion, readVersionById } from '../read-info.ts';
import { rejectPageVersion } from './reject-page-version.ts';
import { rollBackPage } from './roll-back-page.ts';
import { type Editor, savePageVersion } from './save-page-version.ts';
import { staffText } from '../staff-texts.ts';
import { P } from './texts-problems.ts';
import { CampaignFiguresPage } from '../views/campaign-figures.tsx';
import { BrokenLinksPage, EditorPage, PageListPage, PageOverviewPage, VersionPage } from '../views/staff-pages.tsx';
import { checkContentLinks } from '../link-check/check-content-links.ts';

type Id = { Params: { id: string } };
type VersionParams = { Params: { id: string; number: string } };
type Notice = { Querystring: { opgeslagen?: string; gepubliceerd?: string; afgewezen?: string } };


const editorOf = (req: FastifyRequest): Editor => {
  const actor = actorOf(req);
  return { ...actor, userId: actor.userId ?? '' };
};

const errorsOf = (problems: readonly Problem[], lang: Lang): FieldErrors =>
  Object.fromEntries(problems.filter((p) => p.field).map((p) => [p.field as string, p.message[lang]]));

const EMPTY: PageFormValues = { titleNl: '', summaryNl: '', sourceNl: '', titleEn: '', summaryEn: '', sourceEn: '', reason: '', basis: '0', slug: '', kind: 'page', codes: '' };

/** Staff side: the communications role edits pages and campaigns; a second person approves. */
export const staffInfoRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const loadPage = (id: string): Promise<PageRow | undefined> => readPage(ctx, id);

  app.get('/inhoud', { config: { access: READERS } }, async (req, reply) => {
    const rows = await readPageList(ctx);
    return render(reply, <PageListPage view={view(req, reply)} rows={rows} mayEdit={mayEdit(req.staff?.user.roles ?? [])} />);
  });

  app.get('/inhoud/links', { config: { access: READERS } }, async (req, reply) => {
    const rows = await readBrokenLinks(ctx);
    return render(reply, <BrokenLinksPage view={view(req, reply)} rows={rows} mayRun={mayEdit(req.staff?.user.roles ?? [])} />);
  });

  app.post('/inhoud/links', { config: { access: EDITORS } }, async (_req, reply) => {
    await checkContentLinks(ctx);
    return reply.redirect('/inhoud/links', 303);
  });

  app.get('/inhoud/nieuw', { config: { access: EDITORS } }, async (req, reply) =>
    render(reply, <EditorPage view={view(req, reply)} page={null} state={{ values: EMPTY }} action="/inhoud/nieuw" />),
  );

  app.post('/inhoud/nieuw', { config: { access: EDITORS } }, async (req, reply) => {
    const body = asForm(req.body);
    const values = readPageForm(body);
    const parsed = parsePageForm(values);
    const codes = parseCodes(values.kind === 'campaign' ? values.codes : '');
    const problems = [...(parsed.ok ? [] : parsed.problems), ...(codes.ok ? [] : codes.problems)];
    if (!SLUG.test(values.slug)) problems.push({ code: 'bad_slug', field: 'slug', message: P.badSlug });
    if (values.kind !== 'page' && values.kind !== 'campaign') problems.push({ code: 'required', field: 'kind', message: { nl: 'Kies een soort.', en: 'Choose a kind.' } });
    const show = (status: number, errors: FieldErrors, preview?: boolean) =>
      render(
        reply,
        <EditorPage
          view={view(req, reply)}
          page={null}
          state={{ values, errors, ...(preview && parsed.ok ? { preview: parsed.value.content } : {}) }}
          action="/inhoud/nieuw"
        />,
        status,
      );
    if (problems.length > 0 || !parsed.ok || !codes.ok) return show(400, errorsOf(problems, req.lang));
    if (field(body, 'actie') === 'voorbeeld') return show(200, {}, true);
    const kind = values.kind === 'campaign' ? 'campaign' : 'page';
    const created = await createPage(ctx, { ...parsed.value, slug: values.slug, kind, codes: codes.value }, editorOf(req));
    if (!created.ok) return show(statusOf(created.problems), errorsOf(created.problems, req.lang));

    return reply.redirect(`/inhoud/${created.value.id}?opgeslagen=1`, 303);
  });

  app.get<Id & Notice>('/inhoud/:id', { config: { access: READERS } }, async (req, reply) => {
    const page = await loadPage(req.params.id);
    if (!page) return reply.callNotFound();
    const t = pick(staffText, req.lang);
    const [versions, codes] = await Promise.all([readHistory(ctx, page.id), readLandingCodes(ctx, page.id)]);
    const notice = req.query.opgeslagen ? t.saved(page.latestVersion) : req.query.gepubliceerd ? t.published(Number(req.query.gepubliceerd) || 0) : req.query.afgewezen ? t.rejected : undefined;

    return render(
      reply,
      <PageOverviewPage
        view={view(req, reply)}
        page={page}
        versions={versions}
        codes={codes}
        mayEdit={mayEdit(req.staff?.user.roles ?? [])}
        notice={notice}
      />,
    );
  });

  app.get<Id>('/inhoud/:id/bewerken', { config: { access: EDITORS } }, async (req, reply) => {
    const page = await loadPage(req.params.id);
    if (!page) return reply.callNotFound();
    const latest = await readVersion(ctx, page.id, page.latestVersion);
    const c = latest?.content;
    const values: PageFormValues = {
      ...EMPTY,
      basis: String(page.latestVersion),
      titleNl: c?.nl.title ?? '',
      summaryNl: c?.nl.summary ?? '',
      sourceNl: c ? c.nl.source || blocksToSource(c.nl.blocks) : '',
      titleEn: c?.en.title ?? '',
      summaryEn: c?.en.summary ?? '',
      sourceEn: c ? c.en.source || blocksToSource(c.en.blocks) : '',
    };

    return render(reply, <EditorPage view={view(req, reply)} page={page} state={{ values }} action={`/inhoud/${page.id}/bewerken`} />);
  });

  app.post<Id>('/inhoud/:id/bewerken', { config: { access: EDITORS } }, async (req, reply) => {
    const page = await loadPage(req.params.id);
    if (!page) return reply.callNotFound();
    const body = asForm(req.body);
    const values = readPageForm(body);
    const parsed = parsePageForm(values);
    const show = (status: number, state: Omit<Parameters<typeof EditorPage>[0]['state'], 'values'>) =>
      render(reply, <EditorPage view={view(req, reply)} page={page} state={{ values, ...state }} action={`/inhoud/${page.id}/bewerken`} />, status);
    if (!parsed.ok) return show(400, { errors: errorsOf(parsed.problems, req.lang) });
    if (field(body, 'actie') === 'voorbeeld') return show(200, { preview: parsed.value.content });
    const saved = await savePageVersion(ctx, page.id, parsed.value, editorOf(req));
    if (!saved.ok) {
      // Two editors: keep what this one typed, show the other's version, and let them save on top of it.
      if (saved.stale) values.basis = String(saved.stale.theirs.number);
      const errors = { ...errorsOf(saved.problems, req.lang), ...(saved.stale ? { sourceNl: saved.problems[0]?.message[req.lang] } : {}) };
      return show(statusOf(saved.problems), { errors, ...(saved.stale ? { theirs: saved.stale.theirs } : {}) });
    }

    return reply.redirect(`/inhoud/${page.id}?opgeslagen=1`, 303);
  });

  const versionPage = async (req: FastifyRequest<VersionParams>, reply: FastifyReply) => {
    const page = await loadPage(req.params.id);
    const number = Number.parseInt(req.params.number, 10);
    const version = page && Number.isSafeInteger(number) ? await readVersion(ctx, page.id, number) : undefined;
    if (!page || !version) return reply.callNotFound();
    const roles = req.staff?.user.roles ?? [];

    return render(
      reply,
      <VersionPage view={view(req, reply)} page={page} version={version} mayApprove={mayApprove(roles)} mayEdit={mayEdit(roles)} />,
    );
  };

  app.get<VersionParams>('/inhoud/:id/versies/:number', { config: { access: READERS } }, async (req, reply) => versionPage(req, reply));

  const reviewRoute = (verb: 'goedkeuren' | 'afwijzen') =>
    app.post<{ Params: { versionId: string } }>(`/inhoud/versies/:versionId/${verb}`, { config: { access: APPROVERS } }, async (req, reply) => {
      // Any case, as isUuid allows; the database's ids are lower case.
      const versionId = req.params.versionId.toLowerCase();
      if (!isUuid(versionId)) return reply.callNotFound();
      const reason = field(asForm(req.body), 'reason').slice(0, 500);
      const result =
        verb === 'goedkeuren' ? await approvePageVersion(ctx, versionId, editorOf(req)) : await rejectPageVersion(ctx, versionId, reason, editorOf(req));
      if (!result.ok) {
        const version = await readVersionById(ctx, versionId);
        const page = version ? await readPage(ctx, version.pageId) : undefined;
        if (!version || !page) return reply.callNotFound();
        const roles = req.staff?.user.roles ?? [];
        return render(
          reply,
          <VersionPage
            view={view(req, reply)}
            page={page}
            version={version}
            mayApprove={mayApprove(roles)}
            mayEdit={mayEdit(roles)}
            error={result.problems[0]?.message[req.lang]}
          />,
          statusOf(result.problems),
        );
      }
      const query = 'number' in result.value ? `gepubliceerd=${result.value.number}` : 'afgewezen=1';

      return reply.redirect(`/inhoud/${result.value.pageId}?${query}`, 303);
    });
  reviewRoute('goedkeuren');
  reviewRoute('afwijzen');

  app.post<Id>('/inhoud/:id/terugzetten', { config: { access: EDITORS } }, async (req, reply) => {
    const page = await loadPage(req.params.id);
    if (!page) return reply.callNotFound();
    const to = Number.parseInt(field(asForm(req.body), 'versie'), 10);
    if (!Number.isSafeInteger(to)) return reply.callNotFound();
    const result = await rollBackPage(ctx, page.id, to, editorOf(req));
    if (!result.ok) return reply.callNotFound();

    return reply.redirect(`/inhoud/${page.id}?opgeslagen=1`, 303);
  });

  app.get<Id>('/inhoud/:id/cijfers', { config: { access: READERS } }, async (req, reply) => {
    const page = await loadPage(req.params.id);
    if (page?.kind !== 'campaign') return reply.callNotFound();
    const codes = await readLandingCodes(ctx, page.id);
    const today = ctx.clock.now();
    const from = dutchDay(new Date(today.getTime() - 89 * 24 * 3600 * 1000));
    const counts = await readCounts(ctx, codes, from, dutchDay(today));

    return render(reply, <CampaignFiguresPage view={view(req, reply)} page={page} codes={codes} counts={counts} />);
  });
};
