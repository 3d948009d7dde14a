import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { render, view } from '../../app/view.ts';
import { countUnreadAlerts, selectGroups, selectTopScoredAds } from './queries.ts';
import { alertRoutes } from './routes-alerts.tsx';
import { lexiconRoutes } from './routes-lexicon.tsx';
import { reviewRoutes } from './routes-review.tsx';
import { sourceRoutes } from './routes-sources.tsx';
import { AdsPage, GroupsPage } from './views/monitor-pages.tsx';

export const MONITOR_ACCESS = ['analyst', 'investigator', 'supervisor'] as const;

/** Read-only pages: scored ads with their reasons, and template groups with the operator view. */
export const monitorRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get('/monitor', { config: { access: [...MONITOR_ACCESS] } }, async (req, reply) => {
    const rows = await selectTopScoredAds(ctx.db, 100);
    const ads = rows.map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      place: r.place,
      placeNormalised: r.placeNormalised,
      phones: r.phones,
      imageCount: r.imageUrls.length,
      total: r.total ?? 0,
      fired: r.fired ?? [],
      lexiconVersion: r.lexiconVersion,
    }));

    const unreadAlerts = req.staff?.stage === 'active' ? await countUnreadAlerts(ctx.db, req.staff.user.id) : 0;

    return render(reply, <AdsPage view={view(req, reply)} ads={ads} unreadAlerts={unreadAlerts} />);
  });

  app.get('/monitor/groepen', { config: { access: [...MONITOR_ACCESS] } }, async (req, reply) => {
    const groups = (await selectGroups(ctx.db)).slice(0, 100);

    return render(reply, <GroupsPage view={view(req, reply)} groups={groups} />);
  });

  await sourceRoutes(app, ctx);
  await reviewRoutes(app, ctx);
  await lexiconRoutes(app, ctx);
  await alertRoutes(app, ctx);
};
