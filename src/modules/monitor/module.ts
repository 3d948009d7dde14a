import type { AppContext } from '../../app/context.ts';
import { HOME_NOTICE_CAP, type VangnetModule } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { monitorUserAgent } from './crawler/crawl-limits.ts';
import { crawlSource } from './crawler/crawl-source.ts';
import { alertDossierMatches, DOSSIER_MATCH_CRON, DOSSIER_MATCH_JOB } from './alerts/alert-dossier-matches.ts';
import { CRAWL_DUE_CRON, CRAWL_DUE_JOB, CRAWL_SOURCE_JOB, type CrawlSourceJob, crawlDueSources } from './crawler/crawl-due-sources.ts';
import { countUnreadAlertsUpTo } from './queries/alerts.ts';
import { selectSource } from './queries/sources.ts';
import { monitorFigures } from './figures.ts';
import { ALERT_ROLES } from './access.ts';
import { monitorHomeNotice } from './texts.ts';
import { defineRescoreJob } from './indicators/rescore-ads.ts';
import { monitorRoutes } from './routes.tsx';
import { adSourceKind } from './source-kind.ts';
import { dossierMonitorSection } from './views/dossier-monitor-section.tsx';
import { loadMonitorDemo } from './demo.ts';
import { monitorRetention, monitorRetentionForgets, monitorRetentionKeeps } from './retention.ts';

/** What the crawl job does (exported so a test can run it without waiting for the queue). */
export const runCrawlSourceJob = async (ctx: AppContext, sourceId: string): Promise<void> => {
  const source = await selectSource(ctx.db, sourceId);
  if (!source) return;
  // Pages fetched longer ago than the source's interval are due again.
  const refetchBefore = new Date(Date.now() - source.intervalMinutes * 60_000);
  await crawlSource(ctx.db, ctx.logger, sourceId, { refetchBefore, userAgent: monitorUserAgent(ctx.config.monitorContact), allowPrivate: ctx.config.outboundAllowPrivate });
};

/**
 * The online monitor. Crawls run as pg-boss jobs: in the one process in embedded mode, in any worker
 * process on a PostgreSQL server (pg-boss hands each job to one worker).
 */
export const monitorModule: VangnetModule = {
  name: 'monitor',
  sourceKinds: [adSourceKind],
  dossierSections: [dossierMonitorSection],
  retention: monitorRetention,
  retentionKeeps: monitorRetentionKeeps,
  retentionForgets: monitorRetentionForgets,
  staffRoutes: monitorRoutes,
  jobs: async (jobs, ctx) => {
    await jobs.define<CrawlSourceJob>(
      CRAWL_SOURCE_JOB,
      ({ sourceId }) => runCrawlSourceJob(ctx, sourceId),
      { retryLimit: 2, retryDelay: 60 },
    );
    await jobs.define(CRAWL_DUE_JOB, async () => {
      if (ctx.jobs) await crawlDueSources(ctx.db, ctx.jobs);
    });
    await jobs.schedule(CRAWL_DUE_JOB, CRAWL_DUE_CRON);
    await jobs.define(DOSSIER_MATCH_JOB, async () => {
      await alertDossierMatches(ctx.db, null);
    });
    await jobs.schedule(DOSSIER_MATCH_JOB, DOSSIER_MATCH_CRON);
    await defineRescoreJob(jobs, ctx.db);
  },
  // The user's own unread dossier-match alerts.
  figures: monitorFigures,
  demo: loadMonitorDemo,
  homeNotices: async (ctx, user) => {
    if (!hasAccess(ALERT_ROLES, user.roles)) return [];
    const count = await countUnreadAlertsUpTo(ctx.db, user.id, HOME_NOTICE_CAP);

    return [{ label: monitorHomeNotice, count, href: '/monitor/meldingen' }];
  },
};
