import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { dossiers } from '../../cases/index.ts';
import { createDossierVia } from '../../cases/testing.ts';
import { createSource } from '../sources/create-source.ts';
import { type CrawlOptions, crawlSource } from '../crawler/crawl-source.ts';
import { selectReviews } from '../queries/review.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { type AdSite, startAdSite } from '../testing/ad-site.ts';
import { generateCorpus } from '../testing/generate-corpus.ts';

const FAST: CrawlOptions = {
  allowPrivate: true,
  limits: { navigationTimeoutSecs: 4, handlerTimeoutSecs: 30, maxRetries: 1, retryBackoffMs: 50 },
  politeness: { maxConcurrency: 4, delayMs: 0, maxRequestsPerMinute: 6000 },
};

/** The options of one ad's dossier picker, as value → text. */
const pickerOptions = (html: string, adId: string): Map<string, string> => {
  const start = html.indexOf(`name="dossierId-${adId}"`);
  if (start < 0) return new Map();
  const select = html.slice(start, html.indexOf('</select>', start));
  return new Map([...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1]!, m[2]!]));
};

/** "Toevoegen aan dossier" offers a choice of the dossiers the user may change, instead of a typed ID. */
describe('review queue: the dossier picker', () => {
  const corpus = generateCorpus({ seed: 31, operators: 1, singles: 2, edits: 0, insertion: false });
  corpus[0]!.text += ' Net 18 geworden, 24/7 beschikbaar en alles mag.';
  let app: TestApp;
  let site: AdSite;
  let supervisor: TestClient;
  let investigator: TestClient;
  let other: TestClient;
  let analyst: TestClient;
  let adId = '';

  beforeAll(async () => {
    app = await createTestApp();
    site = await startAdSite({ ads: corpus, pageSize: 50 });
    supervisor = (await signedInAs(app.ctx, app.staffApp, ['supervisor'])).client;
    investigator = (await signedInAs(app.ctx, app.staffApp, ['investigator'])).client;
    other = (await signedInAs(app.ctx, app.staffApp, ['investigator'])).client;
    analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
    const created = await createSource(
      app.ctx.db,
      { name: 'Testsite kiezer', startUrls: [site.startUrl], allowedUrlPatterns: [`^${site.origin}/(ads|ad/)`], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de dossierkiezer.' },
      null,
    );
    if (!created.ok) throw new Error('source');
    await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, FAST);
    adId = /data-ad="([0-9a-f-]{36})"/.exec((await analyst.get('/monitor/beoordelen')).body)?.[1] ?? '';
  }, 60_000);
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('lists only open dossiers the user may change, newest first, by title and short id', async () => {
    expect(adId).not.toBe('');
    const older = await createDossierVia(investigator, { title: 'Meisje 16 jaar, Deventer (test)' });
    const newer = await createDossierVia(investigator, { title: 'Meisje 15 jaar, Zwolle (test)' });
    const closed = await createDossierVia(investigator, { title: 'Gesloten dossier (test)' });
    await app.ctx.db.update(dossiers).set({ status: 'closed' }).where(eq(dossiers.id, closed));
    const notMine = await createDossierVia(other, { title: 'Dossier van een collega (test)' });
    // Creation time decides the order; make it unambiguous, relative to the row's own time (the
    // database's clock set it), so the test holds whatever the calendar or the app's clock says.
    await app.ctx.db.update(dossiers).set({ createdAt: sql`${dossiers.createdAt} - interval '1 minute'` }).where(eq(dossiers.id, older));

    const mine = pickerOptions((await investigator.get('/monitor/beoordelen')).body, adId);
    expect([...mine.keys()]).toEqual(['', newer, older]);
    expect(mine.get(newer)).toBe(`Meisje 15 jaar, Zwolle (test) (${newer.slice(0, 8)})`);
    expect(mine.get('')).toContain('Kies een dossier');

    // A supervisor may change every open dossier, also ones they are not assigned to.
    const all = pickerOptions((await supervisor.get('/monitor/beoordelen')).body, adId);
    expect(all.has(notMine)).toBe(true);
    expect(all.has(newer)).toBe(true);
    expect(all.has(closed)).toBe(false);
  });

  it('says plainly when there is no dossier to choose, instead of an empty list', async () => {
    const page = (await analyst.get('/monitor/beoordelen')).body;
    // Each queued ad has its own list, so the page shows a bounded number of ads at a time and says so.
    expect(page).toContain('U ziet er 25 tegelijk; na elk besluit schuift de volgende op.');
    expect(page).not.toContain(`name="dossierId-${adId}"`);
    expect(page).toContain('U kunt op dit moment aan geen enkel dossier iets toevoegen');
    const missing = await analyst.post(`/monitor/beoordelen/${adId}`, { decision: 'dossier', reason: 'Hoort bij een dossier.' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Kies het dossier waaraan u de advertentie toevoegt.');
    expect(missing.body).toContain('U kunt op dit moment aan geen enkel dossier iets toevoegen');
  });

  it('still refuses a crafted post with a dossier the user may not change, and keeps the choice on error', async () => {
    const foreign = await createDossierVia(other, { title: 'Niet van mij (test)' });
    const denied = await investigator.post(`/monitor/beoordelen/${adId}`, { decision: 'dossier', dossierId: foreign, reason: 'Zelfde nummer.' });
    expect(denied.statusCode).toBe(400);
    expect(denied.body).toContain('U heeft geen toegang om dit dossier te wijzigen.');
    expect(await selectReviews(app.ctx.db, adId)).toHaveLength(0);

    const own = await createDossierVia(investigator, { title: 'Eigen dossier (test)' });
    const noReason = await investigator.post(`/monitor/beoordelen/${adId}`, { decision: 'dossier', dossierId: own, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toMatch(new RegExp(`<option value="${own}" selected`));

    const added = await investigator.post(`/monitor/beoordelen/${adId}`, { decision: 'dossier', dossierId: own, reason: 'Zelfde nummer als in het dossier.' });
    expect(added.statusCode).toBe(303);
    expect(await selectReviews(app.ctx.db, adId)).toMatchObject([{ decision: 'dossier', dossierId: own }]);
  });
});
