import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createSource } from '../sources/create-source.ts';
import { countFrontier, selectFrontierProblems } from '../queries/frontier.ts';
import { selectAdsOfSource, selectGroups, selectScores, selectVersions } from '../queries/ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { startAdSite, type AdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';
import { crawlSource, type CrawlOptions } from './crawl-source.ts';

const FAST: CrawlOptions = {
  allowPrivate: true,
  limits: { navigationTimeoutSecs: 4, handlerTimeoutSecs: 30, maxRetries: 1, retryBackoffMs: 50, maxPageBytes: 1024 * 1024 },
  politeness: { maxConcurrency: 4, delayMs: 0, maxRequestsPerMinute: 6000 },
};

const newSource = async (app: TestApp, site: AdSite, name: string) => {
  const created = await createSource(
    app.ctx.db,
    {
      name,
      startUrls: [site.startUrl],
      allowedUrlPatterns: [`^${site.origin}/(ads\\?page=\\d+|ad/|hostile/|private/)`],
      selectors: TEST_SITE_RULES,
      legalBasis: 'Openbare advertenties; taak van het meldpunt (fictieve testbron).',
    },
    null,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.issues));
  return created.source;
};

describe('crawler against the fictitious ad site', () => {
  const corpus = generateCorpus({ seed: 61, operators: 4, singles: 12, edits: 2, insertion: true, plantRate: 0.6 });
  // One single ad certainly carries youthful language (planted by hand, ground truth updated).
  const youthful = corpus.at(-1)!;
  youthful.text = `${youthful.text} Net 18 geworden!`;
  youthful.truth.planted = [...youthful.truth.planted, 'youth-language'];
  let app: TestApp;
  let site: AdSite;
  beforeAll(async () => {
    app = await createTestApp();
    site = await startAdSite({ ads: corpus, pageSize: 10, hostile: true });
  });
  afterAll(async () => {
    await site.close();
    await app.close();
  });

  it('stores every ad, never requests an image, respects robots.txt, and skips hostile pages while going on', async () => {
    const source = await newSource(app, site, 'Testsite');
    const stats = await crawlSource(app.ctx.db, app.ctx.logger, source.id, FAST);
    const stored = await selectAdsOfSource(app.ctx.db, source.id);
    expect(stored.length).toBe(corpus.length);
    expect(stats.adsNew).toBe(corpus.length);
    // Hard rule 1: text only. The pages link images and a video; not one was requested.
    expect(site.imageRequests()).toBe(0);
    expect(stored.every((a) => a.imageUrls.length > 0 && a.imageUrls.every((u) => u.includes('/images/')))).toBe(true);
    expect(site.requests.get('/private/hidden-ad')).toBeUndefined();
    expect([...site.userAgents]).toEqual(['Vangnet-monitor/1.0 (+monitor@vangnet.invalid)']);
    // Each ad page once.
    expect(corpus.every((a) => site.requests.get(`/ad/${a.id}`) === 1)).toBe(true);
    const problems = await selectFrontierProblems(app.ctx.db, source.id);
    const byUrl = new Map(problems.map((p) => [new URL(p.url).pathname, p]));
    for (const path of ['/hostile/hang', '/hostile/endless', '/hostile/huge', '/hostile/not-html', '/hostile/disguised-image.html', '/hostile/loop-a', '/hostile/error']) {
      expect(byUrl.get(path)?.status, path).toBe('failed');
      expect(byUrl.get(path)?.lastError, path).toBeTruthy();
    }
    expect(byUrl.get('/private/hidden-ad')?.status).toBe('skipped');
    expect(app.logs()).toContain('page skipped');
  });

  it('scores ads with reasons and groups an operator’s templated ads across cities', async () => {
    const [source] = await app.ctx.db.query.monitorSources.findMany();
    const stored = await selectAdsOfSource(app.ctx.db, source!.id);
    const byUrl = new Map(stored.map((a) => [new URL(a.url).pathname.slice(4), a]));
    const planted = corpus.find((a) => a.truth.planted.includes('youth-language'));
    expect(planted).toBeDefined();
    const ad = byUrl.get(planted!.id)!;
    const [score] = await selectScores(app.ctx.db, [ad.id]);
    const youth = score?.fired.find((f) => f.id === 'youth-language');
    expect(youth?.weight).toBe(3);
    expect(youth?.matches.length).toBeGreaterThan(0);
    // Obfuscated phones were de-obfuscated.
    const obfuscated = corpus.find((a) => a.truth.obfuscatedPhone)!;
    expect(byUrl.get(obfuscated.id)?.phones).toContain(obfuscated.truth.phonesE164[0]);
    // Every copy of a template is in one group.
    const groups = await selectGroups(app.ctx.db);
    const byTruth = new Map<string, Set<string | null>>();
    for (const c of corpus) {
      const set = byTruth.get(c.truth.groupId) ?? new Set();
      set.add(byUrl.get(c.id)?.groupId ?? null);
      byTruth.set(c.truth.groupId, set);
    }
    const multi = [...byTruth.entries()].filter(([g]) => corpus.filter((c) => c.truth.groupId === g).length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const [, ids] of multi) {
      expect(ids.size).toBe(1);
      expect([...ids][0]).not.toBeNull();
    }
    const biggest = groups[0]!;
    expect(biggest.templateText).toContain('{naam}');
    expect(biggest.phones.length).toBeGreaterThan(0);
  });

  it('a restart continues where the last run stopped and repeats no finished page', async () => {
    const second = await startAdSite({ ads: corpus.slice(0, 20), pageSize: 5 });
    try {
      const source = await newSource(app, second, 'Testsite herstart');
      await crawlSource(app.ctx.db, app.ctx.logger, source.id, { ...FAST, limits: { ...FAST.limits, maxPagesPerRun: 8 }, skipRegroup: true });
      const afterFirst = await countFrontier(app.ctx.db, source.id);
      expect(afterFirst.pending ?? 0).toBeGreaterThan(0);
      for (let run = 0; run < 6; run++) await crawlSource(app.ctx.db, app.ctx.logger, source.id, { ...FAST, skipRegroup: true });
      const stored = await selectAdsOfSource(app.ctx.db, source.id);
      expect(stored.length).toBe(20);
      expect(corpus.slice(0, 20).every((a) => second.requests.get(`/ad/${a.id}`) === 1)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('an unchanged ad is not stored again; a changed ad keeps its versions', async () => {
    const [source] = (await app.ctx.db.query.monitorSources.findMany()).filter((s) => s.name === 'Testsite');
    const changed = corpus[0]!;
    site.updateAd(changed.id, `${changed.text} Nu ook op zondag.`);
    const stats = await crawlSource(app.ctx.db, app.ctx.logger, source!.id, { ...FAST, refetchBefore: new Date() });
    expect(stats.adsChanged).toBe(1);
    expect(stats.adsUnchanged).toBe(corpus.length - 1);
    const stored = await selectAdsOfSource(app.ctx.db, source!.id);
    const ad = stored.find((a) => a.url.endsWith(`/ad/${changed.id}`))!;
    const versions = await selectVersions(app.ctx.db, ad.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]?.text).toContain('Nu ook op zondag.');
    expect(versions[0]?.text).not.toContain('Nu ook op zondag.');
    const other = stored.find((a) => a.url.endsWith(`/ad/${corpus[1]!.id}`))!;
    expect((await selectVersions(app.ctx.db, other.id)).length).toBe(1);
    expect(site.imageRequests()).toBe(0);
  });
});
