import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import type { Jobs } from '../../jobs/index.ts';
import { evidenceModule } from '../module.ts';
import { findCaptureRequest, findEvidenceItem, insertCaptureRequest, markCaptureRunning } from '../queries.ts';
import { evidenceCaptureRequests } from '../schema.ts';
import { startTestSite, type TestSite } from '../testing/test-site.ts';
import { CAPTURE_JOB, CAPTURE_STALE_MS, type CaptureJob } from './capture-job.ts';
import { runCaptureRequest } from './run-capture-request.ts';

const waitFor = async (check: () => Promise<boolean>, ms = 60_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out');
};

const idOf = (location: unknown) => /^\/bewijs\/([0-9a-f-]{36})$/.exec(String(location))?.[1] ?? '';
const PICTURE = /\.(jpe?g|png|gif|webp|avif|svg|ico|mp4|webm|mp3|woff2?)$|^\/img$/;

/**
 * Issue 12 point 7: a web capture runs as a pg-boss job. The form answers at once ("In de
 * wachtrij"), the address it sends the user to shows the state on every reload (no JavaScript
 * needed) and turns into the item, with its hash and time, when the job is done. A failure is said
 * there in Dutch.
 */
describe('web capture as a job', () => {
  let app: TestApp;
  let jobs: Jobs;
  let site: TestSite;
  let investigator: TestClient;
  const clock = testClock('2027-03-01T09:00:00Z');

  beforeAll(async () => {
    app = await createTestApp({ jobs: true, clock, env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
    if (!app.ctx.jobs) throw new Error('jobs');
    jobs = app.ctx.jobs;
    site = await startTestSite();
    investigator = (await signedInAs(app.ctx, app.staffApp, ['investigator'])).client;
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('answers at once with "In de wachtrij", then shows "Bezig", and the finished item with hash and time', async () => {
    // Hold the queue, so the test sees the states between the request and the job.
    await jobs.boss.offWork(CAPTURE_JOB);
    const started = Date.now();
    const res = await investigator.post('/bewijs/webpagina', { url: `${site.base}/page`, title: 'Advertentie Lisa (test)', source: 'Eigen zoekactie (test)' });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(303);
    // The request did not wait for the capture: the site has not even been asked yet.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(site.hits('/page')).toBe(0);
    const id = idOf(res.headers.location);
    expect(id).not.toBe('');

    const queued = await investigator.get(`/bewijs/${id}`);
    expect(queued.statusCode).toBe(200);
    expect(queued.body).toContain('In de wachtrij.');
    expect(queued.body).toContain('Uw vastlegging staat in de wachtrij.');
    expect(queued.body).toContain('Advertentie Lisa (test)');
    expect(queued.body).toContain(`href="/bewijs/${id}"`);
    expect(queued.body).toContain('2027-03-01 09:00:00 UTC');

    // A capture that is running says so; one still "running" long past every limit says it was stopped.
    const other = idOf((await investigator.post('/bewijs/webpagina', { url: `${site.base}/plain`, title: '', source: '' })).headers.location);
    await markCaptureRunning(app.ctx.db, other, clock.now());
    expect((await investigator.get(`/bewijs/${other}`)).body).toContain('Bezig met vastleggen.');
    clock.advance(CAPTURE_STALE_MS + 1000);
    const stopped = await investigator.get(`/bewijs/${other}`);
    expect(stopped.body).toContain('Vastleggen is niet gelukt.');
    expect(stopped.body).toContain('Het vastleggen is afgebroken: het duurde langer dan 90 seconden. Er is niets vastgelegd. Probeer het opnieuw.');
    expect(stopped.body).toContain('href="/bewijs/webpagina"');

    // A redirect loop: refused by the job, and said in Dutch on the same page.
    const loop = idOf((await investigator.post('/bewijs/webpagina', { url: `${site.base}/loop-a`, title: 'Lus (test)', source: '' })).headers.location);
    expect((await investigator.get(`/bewijs/${loop}`)).body).toContain('In de wachtrij.');

    // Work the queue again (the module's own job definition).
    await evidenceModule.jobs?.(jobs, app.ctx);
    await waitFor(async () => (await findCaptureRequest(app.ctx.db, id))?.state === 'done' && (await findCaptureRequest(app.ctx.db, loop))?.state === 'failed');

    const item = await findEvidenceItem(app.ctx.db, id);
    expect(item?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const done = await investigator.get(`/bewijs/${id}`);
    expect(done.statusCode).toBe(200);
    expect(done.body).not.toContain('In de wachtrij');
    expect(done.body).toContain(`<code>${item?.sha256}</code>`);
    expect(done.body).toContain(`${item?.capturedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC`);
    expect(done.body).toContain('Advertentie Lisa (test)');
    // Hard rule 1 still holds in the job: no picture, film, sound or font was asked of the site.
    expect(Object.keys(site.allHits()).filter((h) => PICTURE.test(h))).toEqual([]);
    expect(site.hits('/page')).toBe(1);
    // How Chromium ran is part of the record: never as root, its own sandbox on.
    const sandbox = (item?.details as { sandbox?: { uid: number; chromiumSandbox: boolean; network: string } } | undefined)?.sandbox;
    expect(sandbox?.chromiumSandbox).toBe(true);
    expect(sandbox?.uid).not.toBe(0);
    if (process.getuid?.() === 0) expect(sandbox?.network).toBe('none');

    const failed = await investigator.get(`/bewijs/${loop}`);
    expect(failed.body).toContain('Vastleggen is niet gelukt.');
    expect(failed.body).toContain('De website stuurde meer dan 5 keer door naar een ander adres. Er is niets vastgelegd.');
    expect(await findEvidenceItem(app.ctx.db, loop)).toBeNull();
    // The job delivered for the "stopped" request found it no longer queued and did nothing, and
    // the worker that started marked its row stopped (by the test clock, not the wall clock).
    expect(site.hits('/plain')).toBe(0);
    expect(await findCaptureRequest(app.ctx.db, other)).toMatchObject({ state: 'failed', problemCode: 'captureStopped', problemParams: ['90'] });
  }, 120_000);

  it('marks a request left "running" past its limit as stopped in the database when the next job starts', async () => {
    const { user } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const row = (id: string, startedAt: Date) => ({
      id,
      requestedBy: user.id,
      requestedByLabel: user.name,
      url: `${site.base}/plain`,
      title: 'Blijft hangen (test)',
      sourceDescription: '',
      state: 'queued',
      requestedAt: startedAt,
    });
    const now = clock.now().getTime();
    const stale = crypto.randomUUID();
    const fresh = crypto.randomUUID();
    await insertCaptureRequest(app.ctx.db, row(stale, new Date(now - CAPTURE_STALE_MS - 2000)));
    await insertCaptureRequest(app.ctx.db, row(fresh, new Date(now - 1000)));
    await markCaptureRunning(app.ctx.db, stale, new Date(now - CAPTURE_STALE_MS - 1000));
    await markCaptureRunning(app.ctx.db, fresh, new Date(now - 1000));

    // The next job (here one for a request that no longer exists) ends the stale row first.
    await runCaptureRequest(app.ctx, crypto.randomUUID());
    expect(await findCaptureRequest(app.ctx.db, stale)).toMatchObject({ state: 'failed', problemCode: 'captureStopped', problemParams: ['90'], finishedAt: clock.now() });
    // One still within its limit is left alone.
    expect(await findCaptureRequest(app.ctx.db, fresh)).toMatchObject({ state: 'running', finishedAt: null });
    const page = await investigator.get(`/bewijs/${stale}`);
    expect(page.body).toContain('Vastleggen is niet gelukt.');
    expect(page.body).toContain('Het vastleggen is afgebroken: het duurde langer dan 90 seconden.');
    expect(site.hits('/plain')).toBe(0);
  });
});

describe('web capture as a job: internal addresses', () => {
  let app: TestApp;
  let site: TestSite;
  beforeAll(async () => {
    app = await createTestApp({ jobs: true });
    site = await startTestSite();
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('refuses a private address in the form at once, and in the job if it gets that far; both in Dutch, nothing fetched', async () => {
    const { client, user } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    for (const url of [`${site.base}/page`, site.base.replace('127.0.0.1', 'localhost')]) {
      const res = await client.post('/bewijs/webpagina', { url, title: 'Intern (test)', source: 'Test' });
      expect(res.statusCode, url).toBe(400);
      expect(res.body).toContain('Dit adres hoort bij een intern of lokaal netwerk. Vangnet legt alleen openbare webpagina’s vast.');
      expect(res.body).toContain(`value="${url}"`);
      expect(res.body).toContain('value="Intern (test)"');
    }
    expect(await app.ctx.db.select().from(evidenceCaptureRequests)).toEqual([]);

    // A request that got past the form (a name that pointed elsewhere when it was typed) meets the guard in the job.
    const id = crypto.randomUUID();
    await insertCaptureRequest(app.ctx.db, {
      id,
      requestedBy: user.id,
      requestedByLabel: user.name,
      url: `${site.base}/page`,
      title: 'Intern (test)',
      sourceDescription: 'Test',
      state: 'queued',
      requestedAt: new Date(),
    });
    await app.ctx.jobs?.send<CaptureJob>(CAPTURE_JOB, { requestId: id });
    await waitFor(async () => (await findCaptureRequest(app.ctx.db, id))?.state === 'failed');
    const page = await client.get(`/bewijs/${id}`);
    expect(page.body).toContain('Vastleggen is niet gelukt.');
    expect(page.body).toContain('Dit adres hoort bij een intern of lokaal netwerk. Vangnet legt alleen openbare webpagina’s vast.');
    expect(site.allHits()).toEqual({});
    const [row] = await app.ctx.db.select().from(evidenceCaptureRequests).where(eq(evidenceCaptureRequests.id, id));
    expect(row).toMatchObject({ state: 'failed', problemCode: 'privateAddress' });
  }, 120_000);
});
