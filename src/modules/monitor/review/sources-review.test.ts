import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signIn, signedInAs } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import { createDossierVia } from '../../cases/testing.ts';
import { runCrawlSourceJob } from '../module.ts';
import { selectReviews } from '../queries/review.ts';
import { selectSource } from '../queries/sources.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { startAdSite, type AdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

/** The unit as a new user: register the test site through the form, crawl it, look, decide. */
describe('monitor sources and review queue', () => {
  const corpus = generateCorpus({ seed: 92, operators: 3, singles: 4, edits: 1, insertion: true });
  corpus[0]!.text += ' Net 18 geworden, 24/7 beschikbaar en alles mag.';
  corpus[1]!.text += ' Jong schoolmeisje, 24/7 beschikbaar.';
  let app: TestApp;
  let site: AdSite;
  let analyst: TestClient;
  let sourceId = '';

  const sourceForm = (over: Record<string, string> = {}) => ({
    name: 'Testsite advertenties',
    startUrls: site.startUrl,
    allowedUrlPatterns: `^${site.origin}/(ads|ad/)`,
    ...TEST_SITE_RULES,
    intervalMinutes: '60',
    maxRequestsPerMinute: '600',
    maxConcurrency: '4',
    delayMs: '0',
    legalBasis: 'Fictieve testbron; grondslag voor de test van het registratieformulier.',
    ...over,
  });

  beforeAll(async () => {
    app = await createTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
    site = await startAdSite({ ads: corpus, pageSize: 50 });
    analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('keeps every typed value and explains each error when the source form is wrong', async () => {
    const res = await analyst.post('/monitor/bronnen', sourceForm({ startUrls: 'ftp://voorbeeld.example.org/\nniet een url', adUrlPattern: '([', intervalMinutes: 'vijf', legalBasis: 'kort' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('vn-error-summary');
    expect(res.body).toContain('Vul 1 tot 20 start-URL’s in');
    expect(res.body).toContain('„([” is geen geldige reguliere expressie.');
    expect(res.body).toContain('Vul een heel getal in van 15 tot 43200 minuten.');
    expect(res.body).toContain('Beschrijf de wettelijke grondslag');
    expect(res.body).toContain('niet een url');
    expect(res.body).toContain('value="vijf"');
    expect(res.body).toContain('value="Testsite advertenties"');
    expect(res.body).toContain('value="article.ad .title"');
  });

  it('registers the test site through the form, crawls it, and shows the crawl status', async () => {
    // A second start URL that is not HTML: its failure and reason show on the source page.
    const res = await analyst.post('/monitor/bronnen', sourceForm({ startUrls: `${site.startUrl}\n${site.origin}/hostile/not-html` }));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    sourceId = /\/monitor\/bronnen\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1] ?? '';
    expect(sourceId).not.toBe('');

    const created = await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.targetId, sourceId));
    expect(created.map((a) => a.action)).toEqual(['monitor.source.create']);

    const again = await analyst.post('/monitor/bronnen', sourceForm());
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('die nog niet gebruikt is');

    const page = await analyst.get(`/monitor/bronnen/${sourceId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Testsite advertenties');
    // The test app runs without a job queue: the page says so and offers no button that cannot work.
    expect(page.body).toContain('JOBS=off');
    expect(page.body).not.toContain('Nu crawlen');
    const post = await analyst.post(`/monitor/bronnen/${sourceId}/crawlen`, {});
    expect(post.statusCode).toBe(409);
    expect(post.body).toContain('JOBS=off');

    await runCrawlSourceJob(app.ctx, sourceId);
    const after = await analyst.get(`/monitor/bronnen/${sourceId}`);
    const done = /data-status="done">[^<]*?(\d+)/.exec(after.body)?.[1];
    expect(Number(done)).toBeGreaterThan(corpus.length - 1);
    expect(after.body).toContain('Laatst gecrawld');
    expect(after.body).toContain('/hostile/not-html</code>');
    expect((await analyst.get('/monitor/bronnen')).body).toContain(`/monitor/bronnen/${sourceId}`);
  });

  it('shows scored ads with reasons and template groups after the crawl', async () => {
    const ads = await analyst.get('/monitor');
    expect(ads.body).toContain(corpus[0]!.title);
    expect(ads.body).toContain('data-indicator="always-available"');
    const groups = await analyst.get('/monitor/groepen');
    expect(groups.body).toContain('{naam}');
  });

  it('records review decisions with who and why; decided ads leave the queue', async () => {
    const { client: investigator, user } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const queue = await investigator.get('/monitor/beoordelen');
    expect(queue.statusCode).toBe(200);
    const first = /data-ad="([0-9a-f-]{36})"/.exec(queue.body)?.[1];
    expect(first).toBeTruthy();
    expect(queue.body).toContain('data-indicator="youth-language"');

    const missing = await investigator.post(`/monitor/beoordelen/${first}`, { [`decision-${first}`]: 'dossier', [`dossierId-${first}`]: 'abc-123', [`reason-${first}`]: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Schrijf een reden');
    expect(missing.body).toContain('Dit dossier bestaat niet');
    // The dossier is chosen from a list now; an id that is not in it is refused, not shown back.
    expect(missing.body).not.toContain('value="abc-123"');

    const ok = await investigator.post(`/monitor/beoordelen/${first}`, { [`decision-${first}`]: 'relevant', [`reason-${first}`]: 'Net 18 en 24/7: nader bekijken.' });
    expect(ok.statusCode).toBe(303);
    expect((await investigator.get('/monitor/beoordelen')).body).not.toContain(`data-ad="${first}"`);
    const [review] = await selectReviews(app.ctx.db, first!);
    expect(review).toMatchObject({ decision: 'relevant', decidedBy: user.id, reason: 'Net 18 en 24/7: nader bekijken.' });
    const audit = await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.targetId, first!));
    expect(audit.map((a) => a.action)).toContain('monitor.ad.review');
  });

  it('adds an ad to a dossier only when the user may change that dossier', async () => {
    const { client: supervisor } = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    const dossierId = await createDossierVia(supervisor);
    const queue = await analyst.get('/monitor/beoordelen');
    const adId = /data-ad="([0-9a-f-]{36})"/.exec(queue.body)?.[1];
    expect(adId).toBeTruthy();
    const form = { decision: 'dossier', dossierId, reason: 'Zelfde nummer als in het dossier.' };

    const denied = await analyst.post(`/monitor/beoordelen/${adId}`, form);
    expect(denied.statusCode).toBe(400);
    expect(denied.body).toContain('geen toegang om dit dossier te wijzigen');
    expect(await selectReviews(app.ctx.db, adId!)).toHaveLength(0);

    const added = await supervisor.post(`/monitor/beoordelen/${adId}`, form);
    expect(added.statusCode).toBe(303);
    const [review] = await selectReviews(app.ctx.db, adId!);
    expect(review).toMatchObject({ decision: 'dossier', dossierId });
  });

  it('dismisses an ad with a reason; the decision needs a choice', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    const adId = /data-ad="([0-9a-f-]{36})"/.exec((await client.get('/monitor/beoordelen')).body)?.[1];
    expect(adId).toBeTruthy();
    const none = await client.post(`/monitor/beoordelen/${adId}`, { reason: 'Geen idee wat ik kies.' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Kies een besluit.');
    expect(none.body).toContain('Geen idee wat ik kies.</textarea>');
    expect((await client.post(`/monitor/beoordelen/${adId}`, { decision: 'dismissed', reason: 'Volwassen aanbieder, geen signalen van dwang.' })).statusCode).toBe(303);
    expect((await selectReviews(app.ctx.db, adId!))[0]?.decision).toBe('dismissed');
    expect((await client.post(`/monitor/beoordelen/00000000-0000-4000-8000-000000000000`, { decision: 'dismissed', reason: 'Bestaat niet.' })).statusCode).toBe(400);
  });

  it('robots.txt exception: supervisor only, never the one who registered the source', async () => {
    const own = await createStaffUser(app.ctx, { roles: ['supervisor'], name: 'Eigen Supervisor' });
    const ownClient = await signIn(app.ctx, app.staffApp, own);
    const reg = await ownClient.post('/monitor/bronnen', sourceForm({ name: 'Tweede testsite' }));
    const ownSource = /\/monitor\/bronnen\/([0-9a-f-]{36})$/.exec(String(reg.headers.location))?.[1];
    const basis = { legalBasis: 'Art. 3 Politiewet, opsporingsbelang (fictief).' };

    expect((await analyst.post(`/monitor/bronnen/${ownSource}/robots`, basis)).statusCode).toBe(403);
    const self = await ownClient.post(`/monitor/bronnen/${ownSource}/robots`, basis);
    expect(self.statusCode).toBe(403);
    expect(self.body).toContain('U heeft deze bron zelf geregistreerd');

    const { client: other } = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    const short = await other.post(`/monitor/bronnen/${ownSource}/robots`, { legalBasis: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('kort</textarea>');
    expect((await other.post(`/monitor/bronnen/${ownSource}/robots`, basis)).statusCode).toBe(303);
    expect((await selectSource(app.ctx.db, ownSource!))?.robotsOverride).toBe(true);
  });

  it('odd input to the review form never gives a 500', async () => {
    const adId = /data-ad="([0-9a-f-]{36})"/.exec((await analyst.get('/monitor/beoordelen')).body)?.[1] ?? 'x';
    const odd = ['', 'x'.repeat(50_000), '\u0000\u202e<script>alert(1)</script>', "'; drop table ads; --", '../../etc/passwd'];
    for (const v of odd) {
      for (const path of [`/monitor/beoordelen/${adId}`, `/monitor/beoordelen/${encodeURIComponent(v.slice(0, 40)) || 'x'}`]) {
        const res = await analyst.post(path, { decision: [v, 'dossier'], dossierId: v, reason: v });
        expect(res.statusCode).toBeLessThan(500);
        expect(res.body).not.toContain('<script>alert(1)</script>');
      }
    }
  });

  it('intake, partner and decoy operators get 403 on every new page', async () => {
    for (const role of ['intake', 'partner', 'decoy_operator'] as const) {
      const { client } = await signedInAs(app.ctx, app.staffApp, [role]);
      expect((await client.get('/monitor/bronnen')).statusCode).toBe(403);
      expect((await client.get(`/monitor/bronnen/${sourceId}`)).statusCode).toBe(403);
      expect((await client.post('/monitor/bronnen', sourceForm({ name: 'Niet toegestaan' }))).statusCode).toBe(403);
      expect((await client.get('/monitor/beoordelen')).statusCode).toBe(403);
    }
  });
});
