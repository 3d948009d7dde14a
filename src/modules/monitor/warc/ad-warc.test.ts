import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createSource } from '../sources/create-source.ts';
import { type CrawlOptions, crawlSource } from '../crawler/crawl-source.ts';
import { selectAdsOfSource, selectVersions } from '../queries/ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { type AdSite, renderAdPage, startAdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

const FAST: CrawlOptions = {
  allowPrivate: true,
  limits: { navigationTimeoutSecs: 4, handlerTimeoutSecs: 30, maxRetries: 1, retryBackoffMs: 50 },
  politeness: { maxConcurrency: 4, delayMs: 0, maxRequestsPerMinute: 6000 },
  skipRegroup: true,
};

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

type Parsed = { type: string | null; uri: string | null; date: string | null; payloadDigest: string | null; status: string | null; headers: Map<string, string>; body: Buffer };

const parseWarc = async (gz: Uint8Array): Promise<Parsed[]> => {
  const out: Parsed[] = [];
  for await (const record of new WARCParser(new Blob([new Uint8Array(gz)]).stream())) {
    const headers = new Map<string, string>();
    for (const [k, v] of record.httpHeaders?.headers ?? []) headers.set(k.toLowerCase(), v);
    out.push({
      type: record.warcType ?? null,
      uri: record.warcTargetURI ?? null,
      date: record.warcDate ?? null,
      payloadDigest: record.warcPayloadDigest ?? null,
      status: record.httpHeaders?.statusCode ? String(record.httpHeaders.statusCode) : null,
      headers,
      body: Buffer.from(await record.readFully(true)),
    });
  }

  return out;
};

describe('raw WARC per ad version', () => {
  const corpus = generateCorpus({ seed: 7, operators: 1, singles: 3, edits: 1, insertion: true });
  // One ad also shows a picture written into the page itself (a data: URL, no request of its own).
  const embedded = `data:image/png;base64,${Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64')}`;
  corpus[3]!.imageUrls.push(embedded);
  let app: TestApp;
  let site: AdSite;
  let sourceId = '';
  beforeAll(async () => {
    app = await createTestApp();
    site = await startAdSite({ ads: corpus, pageSize: 50 });
    const created = await createSource(
      app.ctx.db,
      { name: 'WARC-test', startUrls: [site.startUrl], allowedUrlPatterns: [`^${site.origin}/(ads|ad/)`], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de WARC-test.' },
      null,
    );
    if (!created.ok) throw new Error('source');
    sourceId = created.source.id;
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('keeps the raw exchange of a new ad as a gzipped WARC whose records parse back to what the site served', async () => {
    const before = Date.now();
    await crawlSource(app.ctx.db, app.ctx.logger, sourceId, FAST);
    const stored = await selectAdsOfSource(app.ctx.db, sourceId);
    expect(stored.length).toBe(corpus.length);
    for (const ad of stored) {
      const [v1] = await selectVersions(app.ctx.db, ad.id);
      expect(v1?.warcGz, ad.url).toBeTruthy();
      const gz = Buffer.from(v1!.warcGz!);
      expect(v1!.warcSha256).toBe(sha256(gz));
      // Each record is its own gzip member; together they unzip to a WARC 1.1 file.
      expect(gunzipSync(gz).toString('latin1').startsWith('WARC/1.1\r\n')).toBe(true);
    }
    const first = stored.find((a) => a.url.endsWith(`/ad/${corpus[0]!.id}`))!;
    const [v1] = await selectVersions(app.ctx.db, first.id);
    const records = await parseWarc(v1!.warcGz!);
    expect(records.map((r) => r.type)).toEqual(['warcinfo', 'response', 'request']);
    const response = records[1]!;
    const request = records[2]!;
    const served = Buffer.from(renderAdPage(corpus[0]!), 'utf8');
    expect(response.uri).toBe(first.url);
    expect(response.status).toBe('200');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.body.equals(served)).toBe(true);
    expect(response.payloadDigest).toBe(`sha256:${sha256(served)}`);
    expect(response.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(new Date(response.date!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(request.uri).toBe(first.url);
    const rawRequest = gunzipSync(Buffer.from(v1!.warcGz!)).toString('latin1');
    expect(rawRequest).toContain(`GET /ad/${corpus[0]!.id} HTTP/1.1\r\n`);
    expect(rawRequest).toContain('User-Agent: Vangnet-monitor/1.0 (+monitor@vangnet.invalid)\r\n');
    // Text only: the image URLs are in the HTML as text, and no image was fetched for the WARC.
    expect(response.body.toString('utf8')).toContain(corpus[0]!.imageUrls[0]!);
    expect(site.imageRequests()).toBe(0);
  });

  it('never keeps a picture written into the ad page: cut from the WARC, only its media type recorded (hard rule 1)', async () => {
    const ad = (await selectAdsOfSource(app.ctx.db, sourceId)).find((a) => a.url.endsWith(`/ad/${corpus[3]!.id}`))!;
    const payload = embedded.slice(embedded.indexOf(',') + 1);
    expect(renderAdPage(corpus[3]!)).toContain(payload);
    const [v1] = await selectVersions(app.ctx.db, ad.id);
    const warc = gunzipSync(Buffer.from(v1!.warcGz!)).toString('latin1');
    expect(warc).not.toContain(payload);
    // The <img src> and the <a href> of the picture.
    expect(warc).toContain('WARC-Vangnet-Inline-Media-Removed: 2\r\n');
    const records = await parseWarc(v1!.warcGz!);
    expect(records[1]!.payloadDigest).toBe(`sha256:${sha256(records[1]!.body)}`);
    expect(ad.imageUrls).toContain('data:image/png (in de pagina zelf, niet bewaard)');
    expect(JSON.stringify(ad)).not.toContain(payload);
    expect(JSON.stringify(await selectVersions(app.ctx.db, ad.id))).not.toContain(payload);
  });

  it('stores a WARC for a changed version and none for an unchanged page', async () => {
    const changed = corpus[1]!;
    site.updateAd(changed.id, `${changed.text} Vanaf maandag ook in Zwolle.`);
    const stats = await crawlSource(app.ctx.db, app.ctx.logger, sourceId, { ...FAST, refetchBefore: new Date() });
    expect(stats.adsChanged).toBe(1);
    const stored = await selectAdsOfSource(app.ctx.db, sourceId);
    const ad = stored.find((a) => a.url.endsWith(`/ad/${changed.id}`))!;
    const versions = await selectVersions(app.ctx.db, ad.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.warcSha256).toBe(sha256(versions[1]!.warcGz!));
    expect(versions[1]!.warcSha256).not.toBe(versions[0]!.warcSha256);
    const records = await parseWarc(versions[1]!.warcGz!);
    expect(records[1]!.body.toString('utf8')).toContain('Vanaf maandag ook in Zwolle.');
    // The unchanged ads got no new version, so no new WARC.
    const other = stored.find((a) => a.url.endsWith(`/ad/${corpus[2]!.id}`))!;
    expect((await selectVersions(app.ctx.db, other.id)).length).toBe(1);
  });
});
