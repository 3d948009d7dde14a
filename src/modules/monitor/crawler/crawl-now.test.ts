import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { countFrontier } from '../queries/frontier.ts';
import { selectAdsOfSource } from '../queries/ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { startAdSite, type AdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

const waitFor = async (check: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
};

/** With the job queue on, "Nu crawlen" sends the crawl job; the request itself does not crawl. */
describe('Nu crawlen with the job queue on', () => {
  const corpus = generateCorpus({ seed: 93, operators: 2, singles: 2, edits: 1, insertion: true });
  let app: TestApp;
  let site: AdSite;
  beforeAll(async () => {
    app = await createTestApp({ jobs: true, env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
    site = await startAdSite({ ads: corpus, pageSize: 50 });
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('queues the crawl, says so, and the ads arrive', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const reg = await client.post('/monitor/bronnen', {
      name: 'Testsite via knop',
      startUrls: site.startUrl,
      allowedUrlPatterns: `^${site.origin}/(ads|ad/)`,
      ...TEST_SITE_RULES,
      maxRequestsPerMinute: '600',
      maxConcurrency: '4',
      delayMs: '0',
      legalBasis: 'Openbare advertenties; fictieve testbron voor de knop.',
    });
    expect(reg.statusCode).toBe(303);
    const page = await client.get(String(reg.headers.location));
    expect(page.body).toContain('Nu crawlen');
    const sourceId = String(reg.headers.location).split('/').pop()!;

    const res = await client.post(`/monitor/bronnen/${sourceId}/crawlen`, {});
    expect(res.statusCode).toBe(303);
    expect((await client.get(String(res.headers.location))).body).toContain('De crawl staat in de wachtrij');
    // A page's ad is stored before its frontier row is marked done (two steps), so wait for both.
    const finished = async () =>
      (await selectAdsOfSource(app.ctx.db, sourceId)).length === corpus.length &&
      ((await countFrontier(app.ctx.db, sourceId)).done ?? 0) >= corpus.length;
    expect(await waitFor(finished, 120_000)).toBe(true);
  });
});
