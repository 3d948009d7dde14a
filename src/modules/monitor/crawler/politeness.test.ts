import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createSource } from '../sources/create-source.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { startAdSite, type AdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';
import { crawlSource } from './crawl-source.ts';

describe('politeness', () => {
  const ads = generateCorpus({ seed: 12, operators: 0, singles: 4, edits: 0, insertion: false });
  let app: TestApp;
  let site: AdSite;
  beforeAll(async () => {
    app = await createTestApp();
    site = await startAdSite({ ads, pageSize: 50 });
  });
  afterAll(async () => {
    await site.close();
    await app.close();
  });

  it('keeps the per-host delay between a response and the next request (one request at a time when a delay is set)', async () => {
    const created = await createSource(
      app.ctx.db,
      { name: 'Beleefd', startUrls: [site.startUrl], allowedUrlPatterns: [`^${site.origin}/(ads|ad/)`], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor beleefdheid.', delayMs: 400, maxConcurrency: 3 },
      null,
    );
    if (!created.ok) throw new Error('source');
    const t0 = Date.now();
    const stats = await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, { skipRegroup: true, allowPrivate: true });
    expect(stats.fetched).toBe(5);
    // Five pages, four gaps of at least 400 ms between request starts (robots.txt not counted).
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1600);
    const times = site.requestLog.filter((r) => r.path !== '/robots.txt').map((r) => r.at);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(400);
  });
});
