import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { TestClient } from '../../test/support/client.ts';
import { createStaffUser, signIn } from '../../test/support/factories.ts';
import { currentTotp } from '../modules/accounts/testing.ts';
import { safeReturnPath } from './return-path.ts';

/** Ways a return address has been used to send a browser to another host (issue 12 finding 2). */
const HOSTILE = [
  '/\t/127.0.0.1:3499/x',
  '/\n/127.0.0.1:3499/x',
  '/\r\nSet-Cookie: vn=1',
  '/%09/127.0.0.1:3499/x',
  '/%0d%0aLocation:%20http://evil.example/',
  '/%2F/evil.example/',
  '/%2f%2fevil.example',
  '/%5Cevil.example',
  '/%00',
  '/%zz',
  '//evil.example/',
  '///evil.example/',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  'https://evil.example/',
  'http:evil.example',
  '//%09/evil.example',
  'javascript:alert(1)',
  ' /melden',
  '/melden x',
  '/\u00a0/evil.example',
  '/\u2028/evil.example',
  '/\u202e/evil.example',
  '/\u200b/evil.example',
  '/é',
  '',
  'evil.example',
  `/${'a'.repeat(5000)}`,
];

const SAFE = ['/', '/meldingen', '/meldingen?status=nieuw&pagina=2', '/identificatoren/url/https%3A%2F%2Fvoorbeeld.invalid%2Fa', '/monitor?terug=q%3D1'];

describe('safeReturnPath', () => {
  it.each(HOSTILE)('refuses %j', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
  it.each(SAFE)('keeps %j', (value) => {
    expect(safeReturnPath(value)).toBe(value);
  });
  it('refuses what is not one string', () => {
    expect(safeReturnPath(['/a', '/b'])).toBe('/');
    expect(safeReturnPath(undefined, '/start')).toBe('/start');
  });
});

describe('every terug parameter on both surfaces', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the language switch sends every hostile value to the start page, on both ports', async () => {
    for (const server of [app.publicApp, app.staffApp]) {
      for (const value of HOSTILE) {
        const res = await server.inject({ method: 'GET', url: `/taal/nl?terug=${encodeURIComponent(value)}` });
        expect(res.statusCode, value).toBe(303);
        expect(res.headers.location, value).toBe('/');
      }
      const ok = await server.inject({ method: 'GET', url: `/taal/en?terug=${encodeURIComponent('/hulp?x=1')}` });
      expect(ok.headers.location).toBe('/hulp?x=1');
    }
  });

  it('sign-in (POST /inloggen?terug=…, the code step, and /inloggen when signed in) never leaves the site', async () => {
    const u = await createStaffUser(app.ctx, { roles: ['intake'] });
    for (const value of ['/\t/127.0.0.1:3499/x', '//evil.example/', '/%09/127.0.0.1:3499/x', '/\r\n/x']) {
      const client = new TestClient(app.staffApp);
      const page = await client.get(`/inloggen?terug=${encodeURIComponent(value)}`);
      expect(page.statusCode).toBe(200);
      expect(page.body, value).not.toContain('127.0.0.1');
      expect(page.body, value).not.toContain('evil.example');
      const first = await client.post(`/inloggen?terug=${encodeURIComponent(value)}`, { email: u.user.email, password: u.password });
      expect(first.statusCode, value).toBe(303);
      expect(first.headers.location, value).toBe('/inloggen/code?terug=%2F');
    }
    // Signed in (the helper goes through the whole flow), then a hostile terug on each step.
    const client = await signIn(app.ctx, app.staffApp, u);
    for (const value of HOSTILE) {
      const res = await client.get(`/inloggen?terug=${encodeURIComponent(value)}`);
      expect(res.statusCode, value).toBe(303);
      expect(res.headers.location, value).toBe('/');
    }
    expect((await client.get(`/inloggen?terug=${encodeURIComponent('/meldingen')}`)).headers.location).toBe('/meldingen');
  });

  it('the code step after a fresh sign-in redirects to / for a hostile terug (no 500, session kept)', async () => {
    const u = await createStaffUser(app.ctx, { roles: ['intake'] });
    const client = new TestClient(app.staffApp);
    await client.get('/inloggen');
    await client.post('/inloggen', { email: u.user.email, password: u.password });
    await client.get('/inloggen/code');
    const res = await client.post(`/inloggen/code?terug=${encodeURIComponent('/\t/127.0.0.1:3499/x')}`, { code: currentTotp(u.totpSecret) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    expect((await client.get('/')).statusCode).toBe(200);
  });
});
