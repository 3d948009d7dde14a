import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { render, view } from '../../app/view.ts';
import { MONITOR_ACCESS } from './access.ts';
import { loadLexicon } from './indicators/load-lexicon.ts';
import { clampPage, LIST_PAGE_SIZE, listHref, MAX_PAGE, parseAdQuery, parseGroupQuery } from './ads/parse-list-query.ts';
import { countUnreadAlerts, selectAdsOfGroups, selectGroupPosition, selectGroupsPage, selectScoredAdsPage, selectSourceChoices } from './reads.ts';
import { adRoutes } from './ads/routes-ad.tsx';
import { alertRoutes } from './alerts/routes-alerts.tsx';
import { lexiconRoutes } from './lexicon/routes-lexicon.tsx';
import { operatorRoutes } from './operators/routes-operator.tsx';
import { reviewRoutes } from './review/routes-review.tsx';
import { sourceRoutes } from './sources/routes-sources.tsx';
import type { ListState } from './views/list-controls.tsx';
import { groupAnchor } from './ads/views/ad-page.tsx';
import { AdsPage, GroupsPage } from './views/monitor-pages.tsx';
import { isUuid } from '../../app/forms.ts';

export { MONITOR_ACCESS } from './access.ts';

/** Ads listed (linked) under each group on /monitor/groepen. */
const GROUP_ADS_LISTED = 10;

/**
 * Fetches the asked page; when it lies beyond the last one, fetches the last one instead (the count
 * comes with the first fetch, so a normal page costs one round).
 */
const fetchPage = async <R,>(asked: number, fetch: (offset: number) => Promise<{ rows: R[]; count: number }>) => {
  // Never an offset beyond the last page that can exist.
  let result = await fetch((Math.min(asked, MAX_PAGE) - 1) * LIST_PAGE_SIZE);
  const clamped = clampPage(asked, result.count);
  if (clamped.page !== asked) result = await fetch((clamped.page - 1) * LIST_PAGE_SIZE);

  return { rows: result.rows, total: result.count, ...clamped };
};

/** Read-only pages: scored ads with their reasons, and template groups, each paged and filtered. */
export const monitorRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get('/monitor', { config: { access: [...MONITOR_ACCESS] } }, async (req, reply) => {
    const [lexicon, sources] = await Promise.all([loadLexicon(ctx.db), selectSourceChoices(ctx)]);
    const indicators = lexicon.indicators.map((i) => ({ id: i.id, label: req.lang === 'en' ? i.label.en : i.label.nl }));
    const q = parseAdQuery(req.query, { indicators: indicators.map((i) => i.id), sources: sources.map((s) => s.id) });
    const page = await fetchPage(q.page, (offset) => selectScoredAdsPage(ctx, q.filters, LIST_PAGE_SIZE, offset));
    const ads = page.rows.map((r) => ({
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
    const state: ListState = { path: '/monitor', form: q.form, page: page.page, pages: page.pages, total: page.total, invalid: q.invalid, beyond: page.beyond ? q.page : null };

    const unreadAlerts = req.staff?.stage === 'active' ? await countUnreadAlerts(ctx, req.staff.user.id) : 0;

    return render(reply, <AdsPage view={view(req, reply)} ads={ads} unreadAlerts={unreadAlerts} state={state} choices={{ indicators, sources }} />);
  });

  app.get('/monitor/groepen', { config: { access: [...MONITOR_ACCESS] } }, async (req, reply) => {
    const q = parseGroupQuery(req.query);
    const page = await fetchPage(q.page, (offset) => selectGroupsPage(ctx, q.filters, LIST_PAGE_SIZE, offset));
    const members = await selectAdsOfGroups(
      ctx,
      page.rows.map((g) => g.id),
      GROUP_ADS_LISTED,
    );
    const groups = page.rows.map((g) => ({ ...g, ads: members.filter((m) => m.groupId === g.id) }));
    const state: ListState = { path: '/monitor/groepen', form: q.form, page: page.page, pages: page.pages, total: page.total, invalid: q.invalid, beyond: page.beyond ? q.page : null };

    return render(reply, <GroupsPage view={view(req, reply)} groups={groups} state={state} />);
  });

  // A link to one group (from the ad and operator pages) opens the page of the list that holds it.
  app.get<{ Params: { id: string } }>('/monitor/groepen/:id', { config: { access: [...MONITOR_ACCESS] } }, async (req, reply) => {
    const before = isUuid(req.params.id) ? await selectGroupPosition(ctx, req.params.id) : null;
    if (before === null) return reply.callNotFound();
    const page = Math.min(MAX_PAGE, Math.floor(before / LIST_PAGE_SIZE) + 1);

    return reply.redirect(`${listHref('/monitor/groepen', {}, page)}${groupAnchor(req.params.id.toLowerCase())}`, 303);
  });

  await sourceRoutes(app, ctx);
  await reviewRoutes(app, ctx);
  await lexiconRoutes(app, ctx);
  await alertRoutes(app, ctx);
  await adRoutes(app, ctx);
  await operatorRoutes(app, ctx);
};
