import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { accessLog } from '../../audit/testing.ts';
import { createDossierVia } from '../../cases/testing.ts';
import type { Jobs } from '../../jobs/index.ts';
import { evidenceModule } from '../module.ts';
import { findCaptureRequest, markCaptureRunning } from '../queries.ts';
import { startTestSite, type TestSite } from '../testing/test-site.ts';
import { CAPTURE_JOB, CAPTURE_STALE_MS } from './capture-job.ts';

const waitFor = async (check: () => Promise<boolean>, ms = 60_000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out');
};

const idOf = (location: unknown) => /^\/bewijs\/([0-9a-f-]{36})$/.exec(String(location))?.[1] ?? '';

/**
 * Issue 12 point 7, "the page says 'bezig' and updates": the capture page loads its own script (no
 * inline script, CSP 'self'), which asks /bewijs/<id>/stand. That endpoint answers only who may open
 * the page, logs a read of a dossier like the page does, and says nothing but the state.
 */
describe('the capture state endpoint and the page script', () => {
  let app: TestApp;
  let jobs: Jobs;
  let site: TestSite;
  let investigator: TestClient;
  const clock = testClock('2027-03-01T09:00:00Z');

  beforeAll(async () => {
    app = await createTestApp({ jobs: true, clock, env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
    if (!app.ctx.jobs) throw new Error('jobs');
    jobs = app.ctx.jobs;
    await jobs.boss.offWork(CAPTURE_JOB);
    site = await startTestSite();
    investigator = (await signedInAs(app.ctx, app.staffApp, ['investigator'])).client;
  });
  afterAll(async () => {
    await site?.close();
    await app?.close();
  });

  it('loads the script from /assets, keeps the no-JS link, and the endpoint follows queued → running → stopped', async () => {
    const id = idOf((await investigator.post('/bewijs/webpagina', { url: `${site.base}/plain`, title: 'Stand (test)', source: '' })).headers.location);
    const page = await investigator.get(`/bewijs/${id}`);
    expect(page.body).toContain('<script src="/assets/bewijs-stand.js" defer=""></script>');
    expect(page.body).toContain(`data-capture-status="/bewijs/${id}/stand"`);
    expect(page.body).toContain('data-capture-state="queued"');
    // Without JavaScript: the link and its hint, and never a meta refresh.
    expect(page.body).toContain(`href="/bewijs/${id}">Pagina vernieuwen</a>`);
    expect(page.body).toContain('Vernieuw deze pagina om te zien hoe het gaat.');
    expect(page.body).not.toMatch(/http-equiv="?refresh/i);
    expect(page.body).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");

    const script = await investigator.get('/assets/bewijs-stand.js');
    expect(script.statusCode).toBe(200);
    expect(String(script.headers['content-type'])).toMatch(/^text\/javascript/);
    expect(script.body).toContain('data-capture-status');
    // The same file for everyone, also before sign-in (no data in it).
    expect((await new TestClient(app.staffApp).get('/assets/bewijs-stand.js')).statusCode).toBe(200);

    const stand = async () => {
      const res = await investigator.get(`/bewijs/${id}/stand`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
      expect(String(res.headers['cache-control'])).toBe('no-store');
      return JSON.parse(res.body) as unknown;
    };
    expect(await stand()).toEqual({ state: 'queued', label: 'In de wachtrij' });
    await markCaptureRunning(app.ctx.db, id, clock.now());
    expect(await stand()).toEqual({ state: 'running', label: 'Bezig met vastleggen' });
    expect((await investigator.get(`/bewijs/${id}`)).body).toContain('data-capture-state="running"');
    // In English for an English user.
    await investigator.get('/taal/en');
    expect(await stand()).toEqual({ state: 'running', label: 'Capturing' });
    await investigator.get('/taal/nl');
    clock.advance(CAPTURE_STALE_MS + 1000);
    expect(await stand()).toEqual({ state: 'failed', label: 'Vastleggen is niet gelukt' });
    // A failed page has nothing left to wait for: no script.
    const failed = await investigator.get(`/bewijs/${id}`);
    expect(failed.body).toContain('Vastleggen is niet gelukt.');
    expect(failed.body).not.toContain('bewijs-stand.js');
  });

  it('says "done" once the item exists', async () => {
    const id = idOf((await investigator.post('/bewijs/webpagina', { url: `${site.base}/page`, title: 'Klaar (test)', source: '' })).headers.location);
    expect(JSON.parse((await investigator.get(`/bewijs/${id}/stand`)).body)).toEqual({ state: 'queued', label: 'In de wachtrij' });
    await evidenceModule.jobs?.(jobs, app.ctx);
    await waitFor(async () => (await findCaptureRequest(app.ctx.db, id))?.state === 'done');
    expect(JSON.parse((await investigator.get(`/bewijs/${id}/stand`)).body)).toEqual({ state: 'done', label: 'Vastgelegd' });
    await jobs.boss.offWork(CAPTURE_JOB);
  }, 120_000);

  it('answers only who may open the page; a capture in a dossier is checked and logged like the page', async () => {
    const owner = (await signedInAs(app.ctx, app.staffApp, ['investigator'])).client;
    const dossierId = await createDossierVia(owner);
    const res = await owner.post(`/bewijs/webpagina?dossier=${dossierId}`, { url: `${site.base}/plain`, title: 'In dossier (test)', source: '' });
    const id = idOf(res.headers.location);
    expect(id, res.body.slice(0, 300)).not.toBe('');
    expect(JSON.parse((await owner.get(`/bewijs/${id}/stand`)).body)).toMatchObject({ state: 'queued' });
    const [ownerRow] = await app.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordId, dossierId), eq(accessLog.reason, 'vastlegging volgen')));
    expect(ownerRow).toMatchObject({ recordType: 'dossier', action: 'view' });

    // Another investigator (not on the dossier's team): refused, like the page itself.
    const page = await investigator.get(`/bewijs/${id}`);
    const stand = await investigator.get(`/bewijs/${id}/stand`);
    expect(page.statusCode).toBe(403);
    expect(stand.statusCode).toBe(403);
    expect(stand.body).not.toContain('queued');
    // Roles without evidence pages, and nobody signed in.
    for (const role of ['intake', 'analyst', 'partner', 'communications', 'admin'] as const) {
      const other = (await signedInAs(app.ctx, app.staffApp, [role])).client;
      expect((await other.get(`/bewijs/${id}/stand`)).statusCode, role).toBe(403);
    }
    const anonymous = await new TestClient(app.staffApp).get(`/bewijs/${id}/stand`);
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toMatch(/^\/inloggen/);
    // A supervisor may open every dossier.
    const supervisor = (await signedInAs(app.ctx, app.staffApp, ['supervisor'])).client;
    expect((await supervisor.get(`/bewijs/${id}/stand`)).statusCode).toBe(200);
    // Unknown and malformed ids.
    expect((await investigator.get(`/bewijs/${crypto.randomUUID()}/stand`)).statusCode).toBe(404);
    expect((await investigator.get('/bewijs/niet-een-id/stand')).statusCode).toBe(404);
  });
});
