import type { VangnetModule } from '../../app/module.ts';
import { checkContentLinks } from './link-check/check-content-links.ts';
import { ensureDefaultPages } from './pages/ensure-default-pages.ts';
import { watchLiveVersions } from './pages/render-cache.ts';
import { campaignRoutes } from './campaigns/routes-public-campaigns.tsx';
import { publicPageRoutes } from './pages/routes-public-pages.tsx';
import { signalGuideRoutes } from './signal-guide/routes-public-signal-guide.tsx';
import { staffInfoRoutes } from './editing/routes-staff.tsx';
import { countProposed } from './queries.ts';
import { mayApprove } from './access.ts';
import { HOME_NOTICE_CAP } from '../../app/module.ts';
import { infoFigures } from './campaigns/figures.ts';
import { loadDemoCampaigns } from './campaigns/load-demo-campaigns.ts';

/** The nightly link check of published content (results on /inhoud/links). */
export const CHECK_LINKS_JOB = 'public-info.check-links';

/**
 * Public information and awareness: pages per audience (content the communications role edits,
 * loaded from the seed documents as defaults), the signal guide, exit-this-page, search, and
 * campaigns with landing paths that are counted without tracking anyone.
 */
export const publicInfoModule: VangnetModule = {
  name: 'public-info',
  publicRoutes: async (app, ctx) => {
    await ensureDefaultPages(ctx);
    await watchLiveVersions(ctx, ctx.database.listen);
    await publicPageRoutes(app, ctx);
    await signalGuideRoutes(app, ctx);
    await campaignRoutes(app, ctx);
  },
  staffRoutes: async (app, ctx) => {
    await ensureDefaultPages(ctx);
    await staffInfoRoutes(app, ctx);
  },
  homeNotices: async (ctx, user) => {
    if (!mayApprove(user.roles)) return [];
    const count = await countProposed(ctx.db, HOME_NOTICE_CAP);

    return [{ label: { nl: 'Versies wachten op goedkeuring', en: 'Versions waiting for approval' }, count, href: '/inhoud' }];
  },
  jobs: async (jobs, ctx) => {
    await jobs.define(CHECK_LINKS_JOB, async () => {
      await checkContentLinks(ctx);
    }, { policy: 'singleton' });
    await jobs.schedule(CHECK_LINKS_JOB, '15 3 * * *');
  },
  figures: infoFigures,
  demo: loadDemoCampaigns,
};
