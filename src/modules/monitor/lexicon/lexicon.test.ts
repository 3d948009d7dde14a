import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import { LEXICON_V1 } from '../indicators/lexicon-v1.ts';
import { createSource } from '../sources/create-source.ts';
import { selectScores } from '../queries/ads.ts';
import { regroupAds } from '../grouping/regroup-ads.ts';
import { monitorLexicons } from '../schema.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { storeAd } from '../crawler/store-ad.ts';
import { lexiconFormValues } from './views/lexicon-page.tsx';

const ad = (title: string, text: string) => ({ title, text, place: 'Utrecht', statedAge: 24, price: null, postedAt: '2026-11-20', contact: '06-12345001', imageUrls: [] });
// The title links to the ad's page.
const scoreOf = (html: string, title: string) => new RegExp(`Score (\\d+,\\d\\d) · (?:<a [^>]*>)?${title}`).exec(html)?.[1]?.replace(',', '.');

/** The lexicon is data the unit edits in the app: versioned, supervisor only, and every ad rescored. */
describe('monitor lexicon edited in the app', () => {
  let app: TestApp;
  let analyst: TestClient;
  let supervisor: TestClient;
  let supervisorName = '';
  let adId = '';
  // Saved on the built-in version's own day, so the first save is that day's number 2 (the clock is
  // the app's, not the calendar's: the test means the same on any day it runs).
  const today = LEXICON_V1.version.slice(0, 10);
  const clock = testClock(`${today}T11:00:00Z`);
  const form = (over: Record<string, string> = {}) => ({ ...lexiconFormValues(LEXICON_V1, 'nl'), basedOn: LEXICON_V1.version, reason: 'Proef: altijd beschikbaar zwaarder laten wegen.', ...over });

  beforeAll(async () => {
    app = await createTestApp({ clock });
    analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
    const sup = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    supervisor = sup.client;
    supervisorName = sup.user.name;
    const source = await createSource(app.ctx.db, { name: 'Lexicon bron', startUrls: ['http://127.0.0.1:9/ads'], allowedUrlPatterns: ['^http://127.0.0.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor het lexicon.' }, null);
    if (!source.ok) throw new Error('source');
    adId = (await storeAd(app.ctx.db, { sourceId: source.source.id, url: 'http://127.0.0.1:9/ad/1', ad: ad('Lisa in Utrecht', 'Lieve Lisa, 24/7 beschikbaar voor jou.') })).adId;
    await storeAd(app.ctx.db, { sourceId: source.source.id, url: 'http://127.0.0.1:9/ad/2', ad: ad('Roemeense Ana', 'Ana is een Roemeense dame uit Bulgarije.') });
    await regroupAds(app.ctx.db);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the built-in version with every indicator; an analyst reads but cannot save', async () => {
    const page = await analyst.get('/monitor/lexicon');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`Versie in gebruik: ${LEXICON_V1.version} (ingebouwde eerste versie)`);
    expect(page.body).toContain(`Alle 2 scores zijn berekend met versie ${LEXICON_V1.version}.</div>`);
    expect(page.body).toContain('data-indicator="always-available"');
    // At 320 px wide a table scrolls inside its own box instead of widening the page.
    expect(page.body.match(/<table/g)?.length).toBe(page.body.match(/<div class="vn-table-wrap" tabindex="0" role="region"[^>]*><table/g)?.length);
    expect(page.body).toContain('Afkomst of etniciteit wordt getoond maar telt nooit mee');
    expect(page.body).not.toContain('Nieuwe versie opslaan');
    const denied = await analyst.post('/monitor/lexicon', form({ 'weight-always-available': '4' }));
    expect(denied.statusCode).toBe(403);
    expect(await app.ctx.db.select().from(monitorLexicons)).toHaveLength(0);
    const monitor = await analyst.get('/monitor');
    expect(scoreOf(monitor.body, 'Lisa in Utrecht')).toBe('1.50');
    expect(monitor.body).toContain(`Score volgens lexicon ${LEXICON_V1.version}`);
  });

  it('names the role as users see it in Dutch (teamleider), not as the English word supervisor', async () => {
    for (const path of ['/monitor/lexicon', '/monitor/bronnen']) {
      const text = (await supervisor.get(path)).body.replace(/<[^>]*>/g, ' ');
      expect(text, path).toContain('teamleider');
      expect(text, path).not.toMatch(/supervisor/i);
    }
  });

  it('refuses weight on origin, bad weights, too long patterns and a missing reason, keeping what was typed', async () => {
    const res = await supervisor.post(
      '/monitor/lexicon',
      form({ 'weight-origin-mention': '1', 'weight-youth-language': 'veel', 'patterns-no-condom': `zonder condoom\n${'x'.repeat(101)}`, reason: '' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Afkomst of etniciteit telt nooit mee: het gewicht blijft 0');
    expect(res.body).toContain('Vul een gewicht in van 0 tot 10, bijvoorbeeld 1,5.');
    expect(res.body).toContain('Hoogstens 200 patronen van elk 1 tot 100 tekens');
    expect(res.body).toContain('Schrijf waarom u het lexicon wijzigt');
    expect(res.body).toContain('value="veel"');
    const unticked = await supervisor.post('/monitor/lexicon', form({ 'shownOnly-origin-mention': '' }));
    expect(unticked.statusCode).toBe(400);
    expect(unticked.body).toContain('Afkomst of etniciteit telt nooit mee');
    expect(await app.ctx.db.select().from(monitorLexicons)).toHaveLength(0);
  });

  it('a supervisor saves a new version: history with who and why, audit, and the scores on /monitor change', async () => {
    const res = await supervisor.post('/monitor/lexicon', form({ 'weight-always-available': '4', 'patterns-always-available': '24/7\ndag en nacht\nnooit dicht' }));
    expect(res.statusCode).toBe(303);
    const version = `${today}.2`;
    const page = await supervisor.get(String(res.headers.location));
    expect(page.body).toContain(`Versie ${version} is opgeslagen en in gebruik. 2 advertentie(s) kregen opnieuw een score.`);
    // Without a job queue the rescoring ran in the save: done, with the time it finished.
    expect(page.body).toMatch(new RegExp(`Alle 2 scores zijn berekend met versie ${version}\\. Klaar op `));
    expect(page.body).toContain(`Versie in gebruik: ${version}`);
    expect(page.body).toMatch(new RegExp(`data-version="${version.replace('.', '\\.')}"[\\s\\S]*?${supervisorName}[\\s\\S]*?Proef: altijd beschikbaar zwaarder laten wegen.`));
    expect(page.body).toContain('nooit dicht');

    const monitor = await analyst.get('/monitor');
    expect(scoreOf(monitor.body, 'Lisa in Utrecht')).toBe('4.00');
    expect(monitor.body).toContain(`Score volgens lexicon ${version}`);
    expect(scoreOf(monitor.body, 'Roemeense Ana')).toBe('0.00');

    const [event] = await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'monitor.lexicon.update'));
    expect(event?.details).toMatchObject({ version, previous: LEXICON_V1.version, changed: { 'always-available': { weight: { from: 1.5, to: 4 }, patterns: { added: ['nooit dicht'] } } } });
  });

  it('an old score names its old version (a crawl that started before the edit) until the next regrouping', async () => {
    const [source] = await app.ctx.db.query.monitorSources.findMany();
    const { adId: old } = await storeAd(app.ctx.db, { sourceId: source!.id, url: 'http://127.0.0.1:9/ad/3', ad: ad('Mila', 'Mila, 24/7 beschikbaar.'), lexicon: LEXICON_V1 });
    const [score] = await selectScores(app.ctx.db, [old]);
    expect(score).toMatchObject({ lexiconVersion: LEXICON_V1.version, total: 1.5 });
    const monitor = await analyst.get('/monitor');
    expect(monitor.body).toMatch(/Score 1,50 · <a [^>]*>Mila<\/a><\/h2><p class="vn-hint" data-lexicon="2026-12-02\.1">/);
    expect((await analyst.get('/monitor/lexicon')).body).toContain(
      '1 van de 3 advertenties hebben nog een score van een oudere versie. Er loopt nu geen herberekening; de volgende crawl berekent alle scores opnieuw.',
    );
    await regroupAds(app.ctx.db);
    expect((await selectScores(app.ctx.db, [old, adId])).map((s) => s.lexiconVersion)).toEqual([`${today}.2`, `${today}.2`]);
    expect((await analyst.get('/monitor/lexicon')).body).toContain(`Alle 3 scores zijn berekend met versie ${today}.2. Klaar op `);
  });

  it('a save made from an older version is refused with 409 and the input kept; versions are append-only', async () => {
    const stale = await supervisor.post('/monitor/lexicon', form({ 'weight-no-condom': '3', reason: 'Van een oud formulier.' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain(`Iemand anders heeft intussen versie ${today}.2 opgeslagen`);
    expect(stale.body).toContain('Van een oud formulier.</textarea>');
    await expect(app.ctx.db.update(monitorLexicons).set({ reason: 'overschreven' })).rejects.toThrow();
  });
});
