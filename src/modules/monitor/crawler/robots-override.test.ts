import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { approveRobotsOverride } from '../sources/approve-robots-override.ts';
import { createSource } from '../sources/create-source.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { startAdSite, type AdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';
import { crawlSource } from './crawl-source.ts';

describe('robots.txt is respected unless a supervisor approved an override', () => {
  let app: TestApp;
  let site: AdSite;
  beforeAll(async () => {
    app = await createTestApp();
    site = await startAdSite({ ads: generateCorpus({ seed: 3, operators: 1, singles: 2, edits: 1, insertion: false }), hostile: true, pageSize: 50 });
  });
  afterAll(async () => {
    await site.close();
    await app.close();
  });

  it('only a supervisor who did not register the source can approve, and only then is the disallowed page fetched', async () => {
    const analyst = await createStaffUser(app.ctx, { roles: ['analyst'] });
    const created = await createSource(
      app.ctx.db,
      {
        name: 'Robots test',
        startUrls: [site.startUrl],
        allowedUrlPatterns: [`^${site.origin}/(ads|private/)`],
        selectors: TEST_SITE_RULES,
        legalBasis: 'Fictieve testbron voor robots.txt.',
        delayMs: 0,
      },
      analyst.user.id,
    );
    if (!created.ok) throw new Error('source');
    const fast = { politeness: { maxConcurrency: 2, delayMs: 0, maxRequestsPerMinute: 6000 }, skipRegroup: true, allowPrivate: true };
    await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, fast);
    expect(site.requests.get('/private/hidden-ad')).toBeUndefined();

    const basis = 'Opsporingsbelang, besluit teamleider (fictief).';
    expect(await approveRobotsOverride(app.ctx.db, { sourceId: created.source.id, legalBasis: basis, approver: { id: analyst.user.id, email: analyst.user.email, roles: ['analyst'] } })).toEqual({ ok: false, reason: 'not_supervisor' });
    const own = await createStaffUser(app.ctx, { roles: ['supervisor'] });
    const mine = await createSource(app.ctx.db, { name: 'Eigen bron', startUrls: [site.startUrl], allowedUrlPatterns: ['.*'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron, eigen bron.' }, own.user.id);
    if (!mine.ok) throw new Error('source');
    expect(await approveRobotsOverride(app.ctx.db, { sourceId: mine.source.id, legalBasis: basis, approver: { id: own.user.id, email: own.user.email, roles: ['supervisor'] } })).toEqual({ ok: false, reason: 'own_source' });

    const supervisor = await createStaffUser(app.ctx, { roles: ['supervisor'] });
    expect(await approveRobotsOverride(app.ctx.db, { sourceId: created.source.id, legalBasis: basis, approver: { id: supervisor.user.id, email: supervisor.user.email, roles: ['supervisor'] } })).toEqual({ ok: true });
    await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, { ...fast, refetchBefore: new Date() });
    expect(site.requests.get('/private/hidden-ad')).toBe(1);
    expect(site.imageRequests()).toBe(0);
  });
});
