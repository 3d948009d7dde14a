import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field } from '../../../app/forms.ts';
import { render } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { SLUG } from '../editing/parse-page-form.ts';
import { listPublishedPages, readPublishedVersionId, readVersionById, searchPages } from '../read-info.ts';
import { infoText } from '../texts.ts';
import { InfoIndexPage, type PageLink, SearchPage } from '../views/public-pages.tsx';
import { AUDIENCE_SLUGS } from './default-pages.ts';
import { EXIT_SCRIPT } from './exit-script.ts';
import { formlessView, helmetHeaders, renderInfoPage } from './render-page.tsx';

const MAX_QUERY = 200;

type Slug = { Params: { slug: string } };

/** Information pages, search and the exit script on the public site. */
export const publicPageRoutes = async (app: FastifyInstance, ctx: AppContext) => {
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

  // helmet: false, because the same headers come from helmetHeaders (read once, not built per request).
  app.get<Slug>('/informatie/:slug', { helmet: false }, async (req, reply) => {
    reply.headers(await helmetHeaders(app));
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
};
