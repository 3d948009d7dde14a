import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import type { Jobs } from '../../jobs/index.ts';
import { createSource } from '../sources/create-source.ts';
import { LEXICON_V1 } from '../indicators/lexicon-v1.ts';
import { selectScores } from '../queries/ads.ts';
import { regroupAds } from '../grouping/regroup-ads.ts';
import { defineRescoreJob, RESCORE_JOB } from '../indicators/rescore-ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { storeAd } from '../crawler/store-ad.ts';
import { lexiconFormValues } from './views/lexicon-page.tsx';

const ad = (title: string, text: string) => ({ title, text, place: 'Utrecht', statedAge: 24, price: null, postedAt: '2026-11-20', contact: '06-12345001', imageUrls: [] });
const scoreOf = (html: string, title: string) => new RegExp(`Score (\\d+,\\d\\d) · (?:<a [^>]*>)?${title}`).exec(html)?.[1]?.replace(',', '.');

const waitFor = async (check: () => Promise<boolean>, ms = 30_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
};

/** With a job queue, saving the lexicon queues the rescoring (monitor.rescore) instead of doing it in the request. */
describe('lexicon save with the job queue on', () => {
  let app: TestApp;
  let jobs: Jobs;
  let supervisor: TestClient;
  let analyst: TestClient;
  const adIds: string[] = [];
  let before = 0;
  // A later day than the built-in version's: the first save that day is number 1.
  const today = '2027-06-01';
  const clock = testClock(`${today}T08:30:00Z`);
  const form = (basedOn: string, over: Record<string, string>) => ({ ...lexiconFormValues(LEXICON_V1, 'nl'), basedOn, reason: 'Proef met de wachtrij.', ...over });

  beforeAll(async () => {
    app = await createTestApp({ jobs: true, clock });
    if (!app.ctx.jobs) throw new Error('jobs');
    jobs = app.ctx.jobs;
    supervisor = (await signedInAs(app.ctx, app.staffApp, ['supervisor'])).client;
    analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
    const source = await createSource(app.ctx.db, { name: 'Wachtrij bron', startUrls: ['http://127.0.0.1:9/ads'], allowedUrlPatterns: ['^http://127.0.0.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de wachtrij.' }, null);
    if (!source.ok) throw new Error('source');
    for (const [i, name] of ['Lisa', 'Mila', 'Sara'].entries()) {
      adIds.push((await storeAd(app.ctx.db, { sourceId: source.source.id, url: `http://127.0.0.1:9/ad/${i}`, ad: ad(`${name} in Utrecht`, `Lieve ${name}, 24/7 beschikbaar.`) })).adId);
    }
    await regroupAds(app.ctx.db);
    before = Number(scoreOf((await analyst.get('/monitor')).body, 'Lisa in Utrecht'));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the save returns without rescoring; the page says scores are being recalculated; two saves queue one run', async () => {
    // Hold the queue so the test sees the state between the save and the job.
    await jobs.boss.offWork(RESCORE_JOB);
    const res = await supervisor.post('/monitor/lexicon', form(LEXICON_V1.version, { 'weight-always-available': '4' }));
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toContain('wachtrij=1');
    expect((await selectScores(app.ctx.db, adIds)).map((s) => s.lexiconVersion)).toEqual([LEXICON_V1.version, LEXICON_V1.version, LEXICON_V1.version]);

    const page = await supervisor.get(String(res.headers.location));
    expect(page.body).toContain(`Versie ${today}.1 is opgeslagen en in gebruik. De scores van alle advertenties worden nu op de achtergrond opnieuw berekend`);
    expect(page.body).toContain(`De scores worden opnieuw berekend met versie ${today}.1. Nog 3 van de 3 advertenties hebben een score van een oudere versie.`);
    // Every monitor role sees the status, not only the supervisor.
    expect((await analyst.get('/monitor/lexicon')).body).toContain('De scores worden opnieuw berekend');

    const second = await supervisor.post('/monitor/lexicon', form(`${today}.1`, { 'weight-always-available': '5' }));
    expect(second.statusCode).toBe(303);
    expect(await jobs.boss.getQueueSize(RESCORE_JOB, { before: 'completed' })).toBe(1);
  });

  it('the job rescores every ad with the newest version, and the page then says when it finished', async () => {
    await defineRescoreJob(jobs, app.ctx.db);
    await waitFor(async () => (await selectScores(app.ctx.db, adIds)).every((s) => s.lexiconVersion === `${today}.2`));
    await waitFor(async () => (await jobs.boss.getQueueSize(RESCORE_JOB, { before: 'completed' })) === 0);

    const monitor = await analyst.get('/monitor');
    // "Always available" went from 1.5 to 5.
    expect(Number(scoreOf(monitor.body, 'Lisa in Utrecht'))).toBeCloseTo(before + 3.5, 2);
    const page = await analyst.get('/monitor/lexicon');
    expect(page.body).toMatch(new RegExp(`Alle 3 scores zijn berekend met versie ${today}\\.2\\. Klaar op `));
    expect(page.body).not.toContain('worden opnieuw berekend');
    const done = await app.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'monitor.lexicon.rescored'));
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ targetId: `${today}.2`, actorLabel: 'system', details: { version: `${today}.2`, ads: 3 } });
  });
});
