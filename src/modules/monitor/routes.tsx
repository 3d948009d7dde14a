import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { render, view } from '../../app/view.ts';
import { countUnreadAlerts, selectAdsOfGroups, selectGroups, selectTopScoredAds } from './queries.ts';
import { MONITOR_ACCESS } from './access.ts';
import { adRoutes } from './routes-ad.tsx';
import { alertRoutes } from './routes-alerts.tsx';
import { lexiconRoutes } from './routes-lexicon.tsx';
import { reviewRoutes } from './routes-review.tsx';
import { sourceRoutes } from './routes-sources.tsx';
import { AdsPage, GroupsPage } from './views/monitor-pages.tsx';

export { MONITOR_ACCESS } from './access.ts';

/** Ads listed (linked) under each group on /monitor/groepen. */
const GROUP_ADS_LISTED = 10;

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
    const rows = (await selectGroups(ctx.db)).slice(0, 100);
    const members = await selectAdsOfGroups(
      ctx.db,
      rows.map((g) => g.id),
      GROUP_ADS_LISTED,
    );
    const groups = rows.map((g) => ({ ...g, ads: members.filter((m) => m.groupId === g.id) }));

    return render(reply, <GroupsPage view={view(req, reply)} groups={groups} />);
  });

  await sourceRoutes(app, ctx);
  await reviewRoutes(app, ctx);
  await lexiconRoutes(app, ctx);
  await alertRoutes(app, ctx);
  await adRoutes(app, ctx);
};
