import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/client.ts';
import { publicClient } from '../support/factories.ts';

/** DESIGN §4 and issue 2 point 9: security headers, body limits, CSRF and what the loggers keep. */
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

afterAll(async () => {
  await app?.close();
});

const surfaces = (): [string, FastifyInstance, string][] => [
  ['public', app.publicApp, '/'],
  ['staff', app.staffApp, '/inloggen'],
];

const csp = (res: LightMyRequestResponse) => String(res.headers['content-security-policy'] ?? '');

describe.each(['public', 'staff'])('the %s surface', (name) => {
  const pick = () => surfaces().find(([n]) => n === name) as [string, FastifyInstance, string];

  test('sends a strict CSP, no referrer, no framing and no-store on HTML', async () => {
    const [, server, page] = pick();
    for (const url of [page, '/bestaat-niet']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const policy = csp(res);
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      // No inline script or style that the CSP would have to allow.
      expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(res.body).not.toMatch(/<style[\s>]/i);
      expect(res.body).not.toMatch(/\sstyle="/i);
    }
  });

  test('refuses a form post without a CSRF token with a clear page', async () => {
    const [, server, page] = pick();
    const res = await server.inject({
      method: 'POST',
      url: page,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40vangnet.test&password=x',
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Formulier verlopen');
    expect(res.body).not.toMatch(/at .+\.(ts|js):\d+/);
  });

  test('answers a form post over 1 MB with the Dutch "te groot" page (413), not a 500', async () => {
    const [, server, page] = pick();
    const client = name === 'public' ? publicClient(server) : new TestClient(server);
    await client.get(page);
    const res = await client.post(page, { text: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('te grote bestanden');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('HSTS', () => {
  test('is sent on both surfaces only when TLS is on', async () => {
    const tls = await createTestApp({ env: { TLS: 'on' } });
    try {
      for (const [server, url] of [
        [tls.publicApp, '/'],
        [tls.staffApp, '/inloggen'],
      ] as const) {
        const res = await server.inject({ method: 'GET', url });
        expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      }
    } finally {
      await tls.close();
    }
  });
});

describe('the loggers', () => {
  const ua = 'Zebrabrowser/7.7 (vangnet-log-test)';
  const forwarded = '203.0.113.77';
  const socketIp = '198.51.100.23';

  const linesOf = (surface: string) =>
    app
      .logs()
      .split('\n')
      .filter((line) => line.includes(`"surface":"${surface}"`));

  test('the public log keeps no IP address or user agent (hard rule 2)', async () => {
    for (const [method, url] of [
      ['GET', '/'],
      ['GET', '/bestaat-niet?x=1'],
      ['POST', '/'],
    ] as const) {
      for (const remoteAddress of [socketIp, '127.0.0.1']) {
        const res = await app.publicApp.inject({
          method,
          url,
          remoteAddress,
          headers: { 'user-agent': ua, 'x-forwarded-for': forwarded, 'x-real-ip': forwarded },
        });
        expect(res.statusCode).toBeLessThan(500);
      }
    }
    const publicLog = linesOf('public').join('\n');
    expect(publicLog.length, 'the public surface logs its requests').toBeGreaterThan(0);
    expect(publicLog).not.toContain('Zebrabrowser');
    expect(publicLog).not.toContain(forwarded);
    expect(publicLog).not.toContain(socketIp);
    expect(publicLog).not.toContain('127.0.0.1');
  });

  test('the staff log keeps the user agent, for security', async () => {
    await app.staffApp.inject({ method: 'GET', url: '/inloggen', remoteAddress: socketIp, headers: { 'user-agent': ua } });
    const staffLog = linesOf('staff').join('\n');
    expect(staffLog).toContain('Zebrabrowser');
    expect(staffLog).toContain(socketIp);
  });
});
