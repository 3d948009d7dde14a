import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser, signedInAs } from '../../../../test/support/factories.ts';
import { approveRobotsOverride } from '../sources/approve-robots-override.ts';
import { createSource } from '../sources/create-source.ts';
import { countFrontier, selectFrontierProblems } from '../queries/frontier.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { crawlSource } from './crawl-source.ts';

const waitFor = async (check: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
};

/**
 * Issue 12 finding 1: a source whose start URL points at this server's own network. The listener
 * stands for an internal service; it must never see a request, and the source page says why.
 */
describe('the monitor never fetches an internal address', () => {
  let app: TestApp;
  let internal: http.Server;
  let port = 0;
  const seen: string[] = [];
  beforeAll(async () => {
    app = await createTestApp({ jobs: true });
    internal = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1 class="ad-title">Intern geheim</h1></body></html>');
    });
    await new Promise<void>((r) => internal.listen(0, '127.0.0.1', r));
    port = (internal.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((r) => internal.close(() => r()));
    await app?.close();
  });

  it('"Nu crawlen" on a 127.0.0.1 start URL: no request reaches the listener, the page says why in Dutch', async () => {
    const { client, user } = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    const fields = {
      name: 'Interne bron (test)',
      startUrls: `http://127.0.0.1:${port}/ad/x`,
      allowedUrlPatterns: `^http://127\\.0\\.0\\.1:${port}/ad/`,
      ...TEST_SITE_RULES,
      maxRequestsPerMinute: '600',
      maxConcurrency: '1',
      delayMs: '0',
      legalBasis: 'Fictieve testbron die naar een intern adres wijst.',
    };
    // The form refuses it when typed (sources/start-url-entry.test.ts) ...
    const reg = await client.post('/monitor/bronnen', fields);
    expect(reg.statusCode).toBe(400);
    expect(reg.body).toContain('hoort bij deze server zelf (loopback)');
    // ... and the crawl refuses it too, for a source saved before that check or a name that changed its address.
    const created = await createSource(
      app.ctx.db,
      {
        name: fields.name,
        startUrls: [fields.startUrls],
        allowedUrlPatterns: [fields.allowedUrlPatterns],
        selectors: TEST_SITE_RULES,
        maxRequestsPerMinute: 600,
        maxConcurrency: 1,
        delayMs: 0,
        legalBasis: fields.legalBasis,
      },
      user.id,
    );
    if (!created.ok) throw new Error('source');
    const sourceId = created.source.id;
    const crawl = await client.post(`/monitor/bronnen/${sourceId}/crawlen`, {});
    expect(crawl.statusCode).toBe(303);
    expect(await waitFor(async () => ((await countFrontier(app.ctx.db, sourceId)).skipped ?? 0) >= 1, 60_000)).toBe(true);

    expect(seen).toEqual([]);
    const page = await client.get(`/monitor/bronnen/${sourceId}`);
    expect(page.body).toContain('Niet opgehaald: het adres 127.0.0.1 hoort bij deze server zelf (loopback).');
    expect(page.body).not.toContain('Intern geheim');
  });

  it('a name that resolves to loopback, and pages fetched with the robots.txt check overridden, are refused too', async () => {
    const analyst = await createStaffUser(app.ctx, { roles: ['analyst'] });
    const supervisor = await createStaffUser(app.ctx, { roles: ['supervisor'] });
    const fast = { politeness: { maxConcurrency: 1, delayMs: 0, maxRequestsPerMinute: 6000 }, skipRegroup: true, limits: { maxRetries: 0 } };
    for (const start of [`http://localhost:${port}/ad/y`, `http://127.0.0.1:${port}/ad/z`, `http://[::ffff:127.0.0.1]:${port}/ad/w`]) {
      const created = await createSource(
        app.ctx.db,
        { name: `Bron ${start}`, startUrls: [start], allowedUrlPatterns: ['.*'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron, intern adres.', delayMs: 0 },
        analyst.user.id,
      );
      if (!created.ok) throw new Error('source');
      await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, fast);
      // With the robots.txt check overridden, the page request itself meets the guard (got's lookup and hook).
      const approved = await approveRobotsOverride(app.ctx.db, {
        sourceId: created.source.id,
        legalBasis: 'Opsporingsbelang, besluit teamleider (fictief).',
        approver: { id: supervisor.user.id, email: supervisor.user.email, roles: ['supervisor'] },
      });
      expect(approved).toEqual({ ok: true });
      const stats = await crawlSource(app.ctx.db, app.ctx.logger, created.source.id, { ...fast, refetchBefore: new Date(Date.now() + 1000) });
      expect(stats.fetched, start).toBe(0);
      expect(stats.failed, start).toBe(1);
      const [problem] = await selectFrontierProblems(app.ctx.db, created.source.id);
      expect(problem?.lastError, start).toMatch(/ERR_OUTBOUND_REFUSED address (loopback|ipv4InIpv6) /);
    }
    expect(seen).toEqual([]);
  });
});
