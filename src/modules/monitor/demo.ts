import type { AppContext } from '../../app/context.ts';
import type { DemoOptions } from '../../app/module.ts';
import { findDemoUser } from '../accounts/index.ts';
import { monitorUserAgent } from './crawler/crawl-limits.ts';
import { crawlSource } from './crawler/crawl-source.ts';
import { DEMO_ADS, DEMO_SOURCE_NAME } from './demo-ads.ts';
import { selectSources } from './queries/sources.ts';
import { addSource } from './sources/add-source.ts';
import { TEST_SITE_RULES } from './sources/selector-rules.ts';
import { setSourceEnabled } from './sources/update-source.ts';
import { startAdSite } from './testing/ad-site.ts';

/**
 * `vangnet demo` for the monitor: registers the fictitious demo ad site as a source (as the demo
 * analyst), crawls it once through the real crawler — which stores the ads, scores them, groups the
 * templates, puts their numbers in the identifier index and raises the dossier-match alerts — and
 * turns the source off. The site is the monitor's own test site, served by this process on loopback
 * for the length of the crawl only (so this one crawl may reach 127.0.0.1; nothing leaves the
 * machine); turned off, the source is never crawled again by `npm start`. A second run finds the
 * source by its name and adds nothing.
 */
export const loadMonitorDemo = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  if ((await selectSources(ctx.db)).some((s) => s.name === DEMO_SOURCE_NAME)) {
    options.print('Demo ad site: already crawled (source exists).');
    return;
  }
  const analyst = await findDemoUser(ctx, 'analyst');
  const by = { userId: analyst.id, label: analyst.email, ip: 'demo' };
  const site = await startAdSite({ ads: DEMO_ADS, pageSize: 5 });
  try {
    const created = await addSource(
      ctx,
      {
        name: DEMO_SOURCE_NAME,
        startUrls: [site.startUrl],
        allowedUrlPatterns: [`^${site.origin.replace(/\./g, '\\.')}/(ads\\?page=\\d+|ad/)`],
        selectors: TEST_SITE_RULES,
        legalBasis: 'Fictieve demobron: een verzonnen advertentiesite die alleen tijdens `vangnet demo` op deze computer draait.',
      },
      by,
    );
    if (!created.ok) throw new Error(`demo source: ${JSON.stringify(created.issues)}`);
    const stats = await crawlSource(ctx.db, ctx.logger, created.source.id, {
      allowPrivate: true,
      userAgent: monitorUserAgent(ctx.config.monitorContact),
      politeness: { maxConcurrency: 2, delayMs: 0, maxRequestsPerMinute: 600 },
    });
    await setSourceEnabled(ctx.db, { id: created.source.id, enabled: false, editor: { id: analyst.id, email: analyst.email, ip: 'demo' } });
    options.print(`Demo ad site: ${stats.adsNew} fictitious ads crawled (no pictures fetched: ${site.imageRequests()}), source turned off again.`);
  } finally {
    await site.close();
  }
};
