import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { render, view } from '../../../app/view.ts';
import { MONITOR_ACCESS } from '../access.ts';
import { activeUser } from '../active-user.ts';
import { backToListHref } from './back-to-list.ts';
import { loadAdPage } from './load-ad-page.ts';
import { exportVersionWarc } from './export-version-warc.ts';
import { AdPage } from './views/ad-page.tsx';
import { isUuid } from '../../../app/forms.ts';

const ACCESS = { config: { access: [...MONITOR_ACCESS] } } as const;

const WARC_FILE = /^([1-9]\d{0,5})\.warc\.gz$/;

const viewerOf = (user: { id: string; name: string; roles: readonly string[] }) => ({ id: user.id, name: user.name, roles: user.roles });

/** The page per ad, and the download of each version's raw WARC. Both are written to the access log. */
export const adRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<{ Params: { id: string }; Querystring: { terug?: unknown } }>('/monitor/advertenties/:id', ACCESS, async (req, reply) => {
    if (!isUuid(req.params.id)) return reply.callNotFound();
    const data = await loadAdPage(ctx, req.params.id, viewerOf(activeUser(req)));
    if (!data) return reply.callNotFound();

    return render(reply, <AdPage view={view(req, reply)} data={data} back={backToListHref(req.query.terug)} />);
  });

  app.get<{ Params: { id: string; file: string } }>('/monitor/advertenties/:id/versies/:file', ACCESS, async (req, reply) => {
    const version = WARC_FILE.exec(req.params.file)?.[1];
    if (!isUuid(req.params.id) || !version) return reply.callNotFound();
    const warc = await exportVersionWarc(ctx, viewerOf(activeUser(req)), { adId: req.params.id, version: Number(version) });
    if (!warc) return reply.callNotFound();

    // Always a download, never shown in the browser; the hash header lets the receiver check it.
    return reply
      .type('application/gzip')
      .header('content-disposition', `attachment; filename="advertentie-${req.params.id}-versie-${version}.warc.gz"`)
      .header('x-content-type-options', 'nosniff')
      .header('x-warc-sha256', warc.sha256)
      .send(warc.body);
  });
};
