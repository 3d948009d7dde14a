import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { signedInAs } from '../../test/support/factories.ts';

/** Sends raw bytes to a listening server and reads the whole answer (the server closes). */
const rawExchange = (port: number, data: string, waitMs = 0): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.write(data);
    if (waitMs === 0) return;
    setTimeout(() => socket.destroy(), waitMs);
  });

const listen = async (app: FastifyInstance) => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
};

const expectPage = (status: number, body: string, headers: Record<string, unknown>, text: string) => {
  expect(String(headers['content-type'])).toMatch(/^text\/html/);
  expect(body).toContain(text);
  expect(body).not.toMatch(/"statusCode"|FST_ERR|"code":/);
  expect(status).not.toBe(500);
};

/** Issue 12 finding 4: every error Fastify or Node answers by itself is a page with its own status. */
describe('errors before a route runs are pages, not JSON', () => {
  let app: TestApp;
  let slow: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    slow = await createTestApp({ env: { REQUEST_TIMEOUT_SECONDS: '1' } });
  });
  afterAll(async () => {
    await app?.close();
    await slow?.close();
  });

  it('a bad percent-encoding in a path parameter: 400 page on both surfaces, English with the cookie', async () => {
    for (const [server, url] of [
      [app.publicApp, '/taal/%zz'],
      [app.staffApp, '/identificatoren/phone/%E0%A4%A'],
    ] as const) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expectPage(res.statusCode, res.body, res.headers, 'Dit verzoek klopt niet');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      const en = await server.inject({ method: 'GET', url, headers: { cookie: 'vn_lang=en' } });
      expect(en.body).toContain('This request is not right');
    }
  });

  it('a path parameter over the router limit: 414 page; a 300-character URL identifier opens', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const tooLong = await client.get(`/identificatoren/url/${'a'.repeat(5000)}`);
    expect(tooLong.statusCode).toBe(414);
    expectPage(tooLong.statusCode, tooLong.body, tooLong.headers, 'Adres te lang');

    const longUrl = `https://voorbeeld.invalid/${'pad/'.repeat(60)}${'é'.repeat(20)}`.slice(0, 300);
    const search = await client.get(`/identificatoren?q=${encodeURIComponent(longUrl)}`);
    expect(search.statusCode).toBe(303);
    const location = String(search.headers.location);
    expect(location.length).toBeGreaterThan(300);
    const page = await client.get(location);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('data-testid="identifier-key"');
    expect(page.body).toContain('voorbeeld.invalid/pad/pad/');
  });

  it('a body over the limit (413) and bad JSON (400) are pages', async () => {
    const big = await app.publicApp.inject({ method: 'POST', url: '/melden/wie', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `a=${'x'.repeat(1_100_000)}` });
    expect(big.statusCode).toBe(413);
    expectPage(big.statusCode, big.body, big.headers, 'Te veel tekst');
    for (const server of [app.publicApp, app.staffApp]) {
      const json = await server.inject({ method: 'POST', url: '/inloggen', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
      expect(json.statusCode).toBe(400);
      expectPage(json.statusCode, json.body, json.headers, 'Dit verzoek klopt niet');
    }
  });

  it('headers over 16 KB: a 431 page, on a real socket', async () => {
    const port = await listen(app.publicApp);
    const answer = await rawExchange(port, `GET / HTTP/1.1\r\nHost: x\r\nCookie: vn_lang=en; big=${'x'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('content-type: text/html');
    expect(answer).toContain('Request too large');
  });

  it('a request that does not finish in time: a 408 page', async () => {
    const port = await listen(slow.staffApp);
    const started = Date.now();
    const answer = await rawExchange(port, 'POST /inloggen HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=', 6000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('Dit duurde te lang');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
