import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { formatDateTime } from '../../../web/i18n.ts';
import { accessLog } from '../../audit/testing.ts';
import { auditEvents } from '../../audit/index.ts';
import { createDossierVia } from '../../cases/testing.ts';
import { recordOccurrences, identifierHref } from '../../identifiers/index.ts';
import { createSource } from '../sources/create-source.ts';
import { type CrawlOptions, crawlSource } from '../crawler/crawl-source.ts';
import type { AdRow } from '../queries/sources.ts';
import { selectAdsOfSource } from '../queries/ads.ts';
import { reviewAd } from '../review/review-ad.ts';
import { storeAd } from '../crawler/store-ad.ts';
import { adVersions } from '../schema.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { type AdSite, startAdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

const FAST: CrawlOptions = {
  allowPrivate: true,
  limits: { navigationTimeoutSecs: 4, handlerTimeoutSecs: 30, maxRetries: 1, retryBackoffMs: 50 },
  politeness: { maxConcurrency: 4, delayMs: 0, maxRequestsPerMinute: 6000 },
};

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The unit opens one ad: what it says, why it scored, its group, versions with WARC, decisions, where else seen. */
describe('the page per ad', () => {
  const corpus = generateCorpus({ seed: 5, operators: 2, singles: 3, edits: 1, insertion: true });
  // The first ad is a copy of a template (operators come first) and certainly scores.
  const target = corpus[0]!;
  target.text += ' Net 18 geworden en 24/7 beschikbaar.';
  let app: TestApp;
  let site: AdSite;
  let analyst: TestClient;
  let analystId = '';
  let supervisor: TestClient;
  let ad: AdRow;
  let stored: AdRow[] = [];
  let dossierId = '';

  beforeAll(async () => {
    app = await createTestApp();
    site = await startAdSite({ ads: corpus, pageSize: 50 });
    const a = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    analyst = a.client;
    analystId = a.user.id;
    const s = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    supervisor = s.client;
    const created = await createSource(
      app.ctx.db,
      { name: 'Testsite per advertentie', startUrls: [site.startUrl], allowedUrlPatterns: [`^${site.origin}/(ads|ad/)`], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de advertentiepagina.' },
      null,
    );
    if (!created.ok) throw new Error('source');
    await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, FAST);
    site.updateAd(target.id, `${target.text} Ook op zondag.`);
    await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, { ...FAST, refetchBefore: new Date() });
    stored = await selectAdsOfSource(app.ctx.db, created.source.id);
    ad = stored.find((r) => r.url.endsWith(`/ad/${target.id}`))!;
    // A dossier (which the analyst may not open) names the ad's phone number, and a decision puts the ad in it.
    dossierId = await createDossierVia(supervisor);
    await recordOccurrences(app.ctx.db, { source: { type: 'dossier', id: dossierId }, field: 'notes', text: `Bel ${ad.phones[0]}`, seenAt: new Date() });
    await reviewAd(app.ctx.db, { adId: ad.id, decision: 'dossier', dossierId, reason: 'Zelfde nummer als in het dossier.', user: { id: s.user.id, email: s.user.email } });
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('shows the ad as text, its reasons, group, versions with WARC and hash check, decisions and where else seen', async () => {
    const res = await analyst.get(`/monitor/advertenties/${ad.id}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain(ad.title.replace(/&/g, '&amp;').slice(0, 20));
    expect(html).toContain('Ook op zondag.');
    // The site's posting time (an ISO time from its datetime attribute) reads as a Dutch date, not as raw ISO.
    expect(ad.postedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(html).not.toContain(`<dd>${ad.postedAt}</dd>`);
    expect(html).toContain(formatDateTime('nl', ad.postedAt));
    // Dutch decimals use a comma: the score and the weights (always-available weighs 1,5).
    expect(html).toMatch(/Score \d+,\d\d \(lexicon/);
    expect(html).toContain('(gewicht 1,5)');
    expect(html).not.toMatch(/gewicht \d+\.\d/);
    // Nothing loads from the ad site: its address and the image addresses are text, never a link or an image.
    expect(html).not.toContain('<img');
    expect(html).not.toContain(`href="${ad.url}"`);
    expect(html).toContain(`<code data-testid="ad-url">${ad.url}</code>`);
    expect(html).toContain(`<code>${ad.imageUrls[0]}</code> (niet opgehaald)`);
    for (const u of ad.imageUrls) expect(html).not.toContain(`href="${u}"`);
    // Reasons.
    expect(html).toMatch(/data-indicator="youth-language"><strong>[^<]+<\/strong> \(gewicht 3\)/);
    // Group: template with slots, the other ads linked.
    expect(html).toContain(`data-group="${ad.groupId}"`);
    expect(html).toContain('{naam}');
    const sibling = stored.find((r) => r.groupId === ad.groupId && r.id !== ad.id)!;
    expect(html).toContain(`href="/monitor/advertenties/${sibling.id}"`);
    // Versions, newest first, each with its WARC, a download link and the server's hash check.
    expect(html.indexOf('data-version="2"')).toBeLessThan(html.indexOf('data-version="1"'));
    expect(html.match(/data-testid="hash-check">hash klopt</g)?.length).toBe(2);
    expect(html).toContain(`href="/monitor/advertenties/${ad.id}/versies/2.warc.gz"`);
    expect(html).toContain('<ins>Ook op zondag. </ins>');
    expect(html).toMatch(/Wat veranderde<\/dt><dd>tekst<\/dd>/);
    // The decision, with who and why; the analyst may not open the dossier, so no link to it.
    expect(html).toContain('Toegevoegd aan dossier');
    expect(html).toContain('Zelfde nummer als in het dossier.');
    expect(html).toContain('dossier (geen toegang)');
    expect(html).not.toContain(`href="/dossiers/${dossierId}"`);
    // Where else: the phone number's other ads are linked; the dossier is counted but not linked for an analyst.
    expect(html).toContain(`data-identifier="phone:${ad.phones[0]}"`);
    expect(html).toContain(`href="${identifierHref('phone', ad.phones[0]!)}"`);
    expect(html).toMatch(/data-testid="no-access">Dossier/);
    // The view is in the access log.
    const logged = await app.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordType, 'ad'), eq(accessLog.recordId, ad.id), eq(accessLog.userId, analystId)));
    expect(logged.map((l) => l.action)).toEqual(['view']);
  });

  it('links the dossier for a supervisor, who may open it', async () => {
    const html = (await supervisor.get(`/monitor/advertenties/${ad.id}`)).body;
    expect(html).toContain(`href="/dossiers/${dossierId}"`);
    expect(html).not.toContain('dossier (geen toegang)');
  });

  it('lets allowed roles download a version’s WARC as an attachment, logs it, and refuses partner and intake', async () => {
    const res = await analyst.get(`/monitor/advertenties/${ad.id}/versies/1.warc.gz`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="advertentie-${ad.id}-versie-1.warc.gz"`);
    expect(res.headers['content-type']).toBe('application/gzip');
    const [v1] = await app.ctx.db.select().from(adVersions).where(and(eq(adVersions.adId, ad.id), eq(adVersions.version, 1)));
    expect(res.rawPayload.equals(Buffer.from(v1!.warcGz!))).toBe(true);
    expect(sha256(res.rawPayload)).toBe(v1!.warcSha256);
    expect(res.headers['x-warc-sha256']).toBe(v1!.warcSha256);
    const logged = await app.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordType, 'ad_version'), eq(accessLog.recordId, `${ad.id}/1`)));
    expect(logged.map((l) => [l.action, l.userId])).toEqual([['download', analystId]]);
    const custody = await app.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'custody.export'), eq(auditEvents.targetId, `${ad.id}/1`)));
    expect(custody.map((e) => [e.targetType, e.actorUserId, e.details])).toEqual([['ad_version', analystId, { what: 'ad_warc', sha256: v1!.warcSha256 }]]);

    expect((await analyst.get(`/monitor/advertenties/${ad.id}/versies/9.warc.gz`)).statusCode).toBe(404);
    expect((await analyst.get(`/monitor/advertenties/${ad.id}/versies/1.warc`)).statusCode).toBe(404);
    for (const role of ['partner', 'intake'] as const) {
      const other = (await signedInAs(app.ctx, app.staffApp, [role])).client;
      expect((await other.get(`/monitor/advertenties/${ad.id}/versies/1.warc.gz`)).statusCode, role).toBe(403);
      expect((await other.get(`/monitor/advertenties/${ad.id}`)).statusCode, role).toBe(403);
    }
  });

  it('says "hash klopt niet" when the stored WARC no longer matches the hash taken at storage', async () => {
    const other = stored.find((r) => r.id !== ad.id)!;
    await app.ctx.db
      .update(adVersions)
      .set({ warcGz: Buffer.from('veranderd') })
      .where(eq(adVersions.adId, other.id));
    const html = (await analyst.get(`/monitor/advertenties/${other.id}`)).body;
    expect(html).toContain('data-testid="hash-check">hash klopt niet<');
  });

  it('links every ad title on the ad list, the groups page and the review queue, and ads on the identifier page and link chart', async () => {
    const href = `href="/monitor/advertenties/${ad.id}"`;
    expect((await analyst.get('/monitor')).body).toContain(href);
    expect((await analyst.get('/monitor/beoordelen')).body).toContain(`/monitor/advertenties/`);
    const groups = (await analyst.get('/monitor/groepen')).body;
    expect(groups).toContain(href);
    expect(groups).toContain(`id="groep-${ad.groupId}"`);
    const identifier = (await analyst.get(identifierHref('phone', ad.phones[0]!))).body;
    expect(identifier).toContain(`href="/monitor/advertenties/${sibling(ad).id}"`);
    // The link chart's table view links its ad nodes to the ad page too.
    const chart = await analyst.get(`${identifierHref('phone', ad.phones[0]!)}/verbanden`);
    expect(chart.statusCode).toBe(200);
    expect(chart.body).toContain(`href="/monitor/advertenties/${ad.id}"`);
  });

  it('shows the newest 50 versions of an ad that changed often, and says how many older ones are left out', async () => {
    const base = { title: 'Vaak gewijzigd (test)', place: 'Zwolle', statedAge: 25, price: null, postedAt: null, contact: null, imageUrls: [] };
    let id = '';
    for (let n = 1; n <= 53; n++) {
      id = (await storeAd(app.ctx.db, { sourceId: ad.sourceId, url: 'https://ads.example.org/ad/vaak', ad: { ...base, text: `Tekst versie ${n}` } })).adId;
    }
    const html = (await analyst.get(`/monitor/advertenties/${id}`)).body;
    expect(html.match(/data-version="/g)?.length).toBe(50);
    expect(html).toContain('data-version="53"');
    expect(html).toContain('data-version="4"');
    expect(html).not.toContain('data-version="3"');
    expect(html).toContain('3 oudere versie(s) staan niet op deze pagina.');
    // Version 4 still says what changed against version 3; stored without a crawl, it has no WARC.
    expect(html).toContain('<del>3 </del><ins>4 </ins>');
    expect(html).toContain('geen WARC bewaard');
  });

  const sibling = (a: AdRow) => stored.find((r) => r.groupId === a.groupId && r.id !== a.id && r.phones.includes(a.phones[0]!))!;
});
