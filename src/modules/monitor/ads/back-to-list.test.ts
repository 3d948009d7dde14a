import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { adHrefFromList, backToListHref } from './back-to-list.ts';
import { createSource } from '../sources/create-source.ts';
import { type CrawlOptions, crawlSource } from '../crawler/crawl-source.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { type AdSite, startAdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

const FAST: CrawlOptions = {
  allowPrivate: true,
  limits: { navigationTimeoutSecs: 4, handlerTimeoutSecs: 30, maxRetries: 1, retryBackoffMs: 50 },
  politeness: { maxConcurrency: 4, delayMs: 0, maxRequestsPerMinute: 6000 },
};

const decode = (html: string) => html.replaceAll('&amp;', '&');

describe('the way back from an ad to the filtered list', () => {
  it('rebuilds only a /monitor query from known keys; anything else falls back to /monitor', () => {
    expect(backToListHref('plaats=Zwolle&minscore=2&pagina=3')).toBe('/monitor?plaats=Zwolle&minscore=2&pagina=3');
    expect(backToListHref('signaal=youth-language&onbekend=x')).toBe('/monitor?signaal=youth-language');
    for (const bad of [undefined, '', ['plaats=Zwolle'], 42, 'https://evil.example.org/', '//evil.example.org', '/\\evil.example.org', 'javascript:alert(1)']) {
      expect(backToListHref(bad), String(bad)).toBe('/monitor');
    }
    // Even a value that looks like an address stays a query value of /monitor.
    expect(backToListHref('plaats=https://evil.example.org')).toBe('/monitor?plaats=https%3A%2F%2Fevil.example.org');
    expect(backToListHref('plaats=a&plaats=b')).toBe('/monitor');
    expect(backToListHref(`plaats=${'x'.repeat(101)}`)).toBe('/monitor');
    expect(backToListHref('x'.repeat(601))).toBe('/monitor');
    expect(adHrefFromList('id-1', {}, 1)).toBe('/monitor/advertenties/id-1');
    expect(adHrefFromList('id-1', { plaats: 'Den Haag', minscore: '' }, 2)).toBe('/monitor/advertenties/id-1?terug=plaats%3DDen%2BHaag%26pagina%3D2');
  });

  describe('through the server', () => {
    const corpus = generateCorpus({ seed: 44, operators: 1, singles: 3, edits: 0, insertion: false });
    let app: TestApp;
    let site: AdSite;
    let analyst: TestClient;

    beforeAll(async () => {
      app = await createTestApp();
      site = await startAdSite({ ads: corpus, pageSize: 50 });
      analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
      const created = await createSource(
        app.ctx.db,
        { name: 'Testsite terug', startUrls: [site.startUrl], allowedUrlPatterns: [`^${site.origin}/(ads|ad/)`], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de terugweg.' },
        null,
      );
      if (!created.ok) throw new Error('source');
      await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, FAST);
    }, 60_000);
    afterAll(async () => {
      await site?.close();
      await app?.close();
    });

    it('carries the filters from the list to the ad page and back', async () => {
      const list = decode((await analyst.get('/monitor?minscore=0')).body);
      const link = /href="(\/monitor\/advertenties\/[0-9a-f-]{36}\?terug=[^"]+)"/.exec(list)?.[1];
      expect(link).toBe(`${/\/monitor\/advertenties\/[0-9a-f-]{36}/.exec(link ?? '')?.[0]}?terug=minscore%3D0`);
      const ad = await analyst.get(link!);
      expect(ad.statusCode).toBe(200);
      expect(decode(ad.body)).toContain('href="/monitor?minscore=0" data-back');

      const adPath = link!.split('?')[0]!;
      expect((await analyst.get(adPath)).body).toContain('href="/monitor" data-back');
      const unfiltered = decode((await analyst.get('/monitor')).body);
      expect(unfiltered).toMatch(/href="\/monitor\/advertenties\/[0-9a-f-]{36}"/);
    });

    it('never links back anywhere but /monitor, whatever ?terug= says', async () => {
      const adPath = /href="(\/monitor\/advertenties\/[0-9a-f-]{36})"/.exec((await analyst.get('/monitor')).body)?.[1];
      for (const bad of ['https://evil.example.org/', '//evil.example.org', '%2F%2Fevil.example.org']) {
        const res = await analyst.get(`${adPath}?terug=${encodeURIComponent(bad)}`);
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain('href="/monitor" data-back');
        expect(res.body).not.toContain('evil.example.org');
      }
      expect((await analyst.get(`${adPath}?terug=a&terug=b`)).statusCode).toBe(200);
    });
  });
});
