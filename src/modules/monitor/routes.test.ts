import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { createSource } from './sources/create-source.ts';
import { crawlSource } from './crawler/crawl-source.ts';
import { TEST_SITE_RULES } from './sources/selector-rules.ts';
import { startAdSite, type AdSite } from './testing/ad-site.ts';
import { generateCorpus } from './testing/generate-corpus.ts';

describe('monitor staff pages', () => {
  const corpus = generateCorpus({ seed: 91, operators: 3, singles: 4, edits: 1, insertion: true });
  corpus[0]!.text += ' Net 18 geworden en 24/7 beschikbaar.';
  let app: TestApp;
  let site: AdSite;
  beforeAll(async () => {
    app = await createTestApp();
    site = await startAdSite({ ads: corpus, pageSize: 50 });
    const created = await createSource(
      app.ctx.db,
      { name: 'Testsite pagina', startUrls: [site.startUrl], allowedUrlPatterns: [`^${site.origin}/(ads|ad/)`], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de staff-pagina.' },
      null,
    );
    if (!created.ok) throw new Error('source');
    await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, { allowPrivate: true, politeness: { maxConcurrency: 4, delayMs: 0, maxRequestsPerMinute: 6000 } });
  });
  afterAll(async () => {
    await site.close();
    await app.close();
  });

  it('an analyst sees scored ads with the reasons that fired, highest first', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    const res = await client.get('/monitor');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Taal die op jonge leeftijd wijst');
    expect(res.body).toContain('Net 18');
    expect(res.body).toContain('data-indicator="always-available"');
    expect(res.body.indexOf(corpus[0]!.title)).toBeGreaterThan(-1);
  });

  it('an investigator sees template groups with slots marked', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const res = await client.get('/monitor/groepen');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('{naam}');
  });

  it('other roles get 403', async () => {
    for (const role of ['intake', 'partner', 'decoy_operator'] as const) {
      const { client } = await signedInAs(app.ctx, app.staffApp, [role]);
      expect((await client.get('/monitor')).statusCode).toBe(403);
      expect((await client.get('/monitor/groepen')).statusCode).toBe(403);
    }
  });
});
