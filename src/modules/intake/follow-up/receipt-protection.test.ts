import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { delayFor, MAX_DELAY_MS } from './receipt-limiter.ts';
import { fillAndSubmit } from '../testing.ts';

/**
 * Issue 12 point 3: receipt checks limited per report number and by a CPU budget, never per
 * connection. Every client here comes from the same address (inject's 127.0.0.1), like reporters
 * behind the TLS proxy the README recommends.
 */
const clock = testClock('2026-03-02T10:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t?.close();
});

const PROXY = { 'x-forwarded-for': '198.51.100.23', 'x-real-ip': '198.51.100.23', forwarded: 'for=198.51.100.23' };
const wrongFor = (receipt: string) => `${receipt.slice(0, 9)}${receipt.slice(9).replace(/[0-9]/g, (d) => String((Number(d) + 1) % 10))}`;

/**
 * A refused try redirects back to the receipt form (Post/Redirect/Get), whose GET says why with the
 * status the try met (400, 429, 503); a try that opens the report is returned as its 303.
 */
const refusedPage = async (c: TestClient, res: Awaited<ReturnType<TestClient['post']>>) => (res.headers.location === '/mijn-melding' ? c.get('/mijn-melding') : res);

const tryReceipt = async (typed: string) => {
  const c = publicClient(t.publicApp, PROXY);
  await c.get('/mijn-melding');

  return refusedPage(c, await c.post('/mijn-melding', { bewijscode: typed }));
};

describe('receipt protection that cannot lock out others', () => {
  it('the finding: ten wrong tries on one report do not stop the correct receipt of another report', async () => {
    const a = await fillAndSubmit(publicClient(t.publicApp));
    const b = await fillAndSubmit(publicClient(t.publicApp));
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await tryReceipt(wrongFor(a.receipt))).statusCode);
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.slice(3).every((s) => s === 429)).toBe(true);
    const other = await tryReceipt(b.receipt);
    expect(other.statusCode).toBe(303);
    expect(other.headers.location).toBe('/mijn-melding/overzicht');
  });

  it('slows down the number that is guessed at, counts for every client, and lets its holder in after the wait', async () => {
    const r = await fillAndSubmit(publicClient(t.publicApp));
    for (let i = 0; i < 3; i++) expect((await tryReceipt(wrongFor(r.receipt))).statusCode).toBe(400);
    const held = await tryReceipt(r.receipt);
    expect(held.statusCode).toBe(429);
    expect(held.body).toContain('Wacht 2 seconden');
    // The typed code stays in the field, so nothing needs typing again.
    expect(held.body).toContain(r.receipt);
    // Tries while waiting are not checked and do not make the wait longer.
    for (let i = 0; i < 5; i++) await tryReceipt(wrongFor(r.receipt));
    clock.advance(2000);
    const opened = await tryReceipt(r.receipt);
    expect(opened.statusCode).toBe(303);
    // A success clears the number: the next typo is an ordinary "wrong".
    expect((await tryReceipt(wrongFor(r.receipt))).statusCode).toBe(400);
  });

  it('never makes the holder of a guessed-at number wait longer than a minute', () => {
    expect([0, 1, 2].map(delayFor)).toEqual([0, 0, 0]);
    expect(delayFor(3)).toBe(2000);
    expect(delayFor(4)).toBe(4000);
    expect(delayFor(1_000_000)).toBe(MAX_DELAY_MS);
    expect(MAX_DELAY_MS).toBe(60_000);
  });

  it('keeps no IP address, forwarded address or user agent after many tries (database dump and logs)', async () => {
    const r = await fillAndSubmit(publicClient(t.publicApp));
    const ua = 'ReceiptProbe/1.0 (UniekeProbe-8841)';
    for (let i = 0; i < 12; i++) {
      const c = publicClient(t.publicApp, { ...PROXY, 'user-agent': ua });
      await c.get('/mijn-melding');
      await c.post('/mijn-melding', { bewijscode: i % 2 ? wrongFor(r.receipt) : `9${String(i).padStart(7, '0')}-00000-00000-00000-00000-00000` });
    }
    const dump = await dumpDatabase(t.ctx);
    const tries = dump.split('\n').filter((l) => l.startsWith('public.receipt_tries '));
    expect(tries.length).toBeGreaterThan(1);
    for (const line of tries) expect(Object.keys(JSON.parse(line.slice(line.indexOf('{')))).sort()).toEqual(['failures', 'forget_at', 'next_allowed_at', 'number']);
    for (const needle of ['198.51.100.23', '127.0.0.1', 'UniekeProbe', '::1']) {
      expect(dump.includes(needle), `database holds ${needle}`).toBe(false);
      expect(t.logs().includes(needle), `logs hold ${needle}`).toBe(false);
    }
  });
});

describe('the global budget for receipt checks', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await createTestApp({ clock: testClock('2026-03-02T10:00:00Z'), env: { RECEIPT_CHECKS_AT_ONCE: '1', RECEIPT_CHECK_QUEUE: '0' } });
  });
  afterAll(async () => {
    await small?.close();
  });

  const tryOn = async (app: TestApp, typed: string) => {
    const c = publicClient(app.publicApp);
    await c.get('/mijn-melding');

    return refusedPage(c, await c.post('/mijn-melding', { bewijscode: typed }));
  };
  const unknown = (i: number) => `8${String(i).padStart(7, '0')}-11111-22222-33333-44444-55555`;

  it('answers "try again in a minute" (503) when more checks come in than the budget has room for', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => tryOn(small, unknown(i))));
    const busy = results.filter((r) => r.statusCode === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.statusCode === 400).length).toBeGreaterThan(0);
    expect(busy[0]?.body).toContain('Probeer het over een minuut opnieuw');
    expect(busy[0]?.headers['retry-after']).toBe('60');
    expect(busy[0]?.body).toContain('11111-22222-33333-44444-55555');
  });

  it('keeps a reporter typing their own receipt apart from a flood of tries on numbers that already failed', async () => {
    const r = await fillAndSubmit(publicClient(small.publicApp));
    // Ten numbers with one failure each: their next tries go to the small "suspect" lane.
    for (let i = 100; i < 110; i++) expect((await tryOn(small, unknown(i))).statusCode).toBe(400);
    const flood = Array.from({ length: 10 }, (_, i) => tryOn(small, unknown(100 + i)));
    const mine = tryOn(small, r.receipt);
    const [own, ...rest] = await Promise.all([mine, ...flood]);
    expect(own?.statusCode).toBe(303);
    expect(rest.filter((x) => x.statusCode === 503).length).toBeGreaterThan(0);
  });
});
