import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { selectSources } from '../queries/sources.ts';
import { TEST_SITE_RULES } from './selector-rules.ts';

const form = (over: Record<string, string>) => ({
  name: 'Interne bron (test)',
  startUrls: 'https://advertenties.example.org/ads',
  allowedUrlPatterns: '^https://advertenties\\.example\\.org/ad/',
  ...TEST_SITE_RULES,
  legalBasis: 'Fictieve testbron die naar een intern adres wijst.',
  ...over,
});

/**
 * Issue 12: the source form refuses a start URL into this server or an internal network when it is
 * typed (the crawl checks again, outbound-guard.test.ts). The same address check as every fetch.
 */
describe('the source form refuses an internal start URL at entry', () => {
  let app: TestApp;
  let analyst: TestClient;
  beforeAll(async () => {
    app = await createTestApp();
    analyst = (await signedInAs(app.ctx, app.staffApp, ['analyst'])).client;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('register: loopback, a name for loopback, IPv4 in IPv6 and a private network are refused in Dutch, typed values kept, nothing saved', async () => {
    const cases = [
      ['http://127.0.0.1:3499/ad/x', '127.0.0.1', 'deze server zelf (loopback)'],
      ['http://localhost:3499/ad/x', '127.0.0.1', 'deze server zelf (loopback)'],
      // The URL parser writes the address in its short form.
      ['http://[::ffff:127.0.0.1]/ad/x', '::ffff:7f00:1', 'een IPv4-adres dat als IPv6 is geschreven'],
      ['http://10.1.2.3/ad/x', '10.1.2.3', 'een intern netwerk'],
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'de metadatadienst van een cloudserver'],
    ] as const;
    for (const [start, address, kind] of cases) {
      const res = await analyst.post('/monitor/bronnen', form({ startUrls: `https://advertenties.example.org/ads\n${start}` }));
      expect(res.statusCode, start).toBe(400);
      expect(res.body, start).toContain(`Het start-URL ${start} wordt niet opgeslagen: het adres ${address} hoort bij ${kind}.`);
      expect(res.body, start).toContain('De monitor haalt alleen openbare webpagina’s op, nooit iets uit een intern of lokaal netwerk.');
      // What the user typed stays in the form.
      expect(res.body).toContain('value="Interne bron (test)"');
      expect(res.body).toContain(`https://advertenties.example.org/ads\n${start}</textarea>`);
      expect(res.body).toContain('Fictieve testbron die naar een intern adres wijst.');
    }
    expect(await selectSources(app.ctx.db)).toEqual([]);
  });

  it('a public name is still saved, and an edit to an internal start URL is refused the same way', async () => {
    const ok = await analyst.post('/monitor/bronnen', form({ name: 'Openbare bron (test)' }));
    expect(ok.statusCode, ok.body.slice(0, 400)).toBe(303);
    const id = String(ok.headers.location).split('/').pop() as string;
    const edit = await analyst.get(`/monitor/bronnen/${id}/wijzigen`);
    const version = /name="version" value="(\d+)"/.exec(edit.body)?.[1] ?? '';
    const res = await analyst.post(`/monitor/bronnen/${id}/wijzigen`, form({ name: 'Openbare bron (test)', version, startUrls: 'http://192.168.1.10/ads' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Het start-URL http://192.168.1.10/ads wordt niet opgeslagen: het adres 192.168.1.10 hoort bij een intern netwerk.');
    expect(res.body).toContain('http://192.168.1.10/ads</textarea>');
    const [saved] = await selectSources(app.ctx.db);
    expect(saved?.startUrls).toEqual(['https://advertenties.example.org/ads']);
  });
});
