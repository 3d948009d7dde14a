import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/app.ts';
import { TestClient } from '../../test/support/client.ts';
import { type AppProcess, roundRobin, startAppProcess } from '../../test/support/processes.ts';
import { fillAndSubmit, postAndFollow, receiptText } from '../modules/intake/testing.ts';

/**
 * Issue 12 point 4: `vangnet start` twice on one PostgreSQL database, behind a "load balancer" that
 * sends each request to the other process. Drafts, receipt limits, follow-up sessions, the new
 * receipt shown once and the staff rate limits must all hold across both.
 */
const onPostgres = process.env.VANGNET_TEST_DB === 'postgres';

let dataDir: string;
let drop: (() => Promise<void>) | undefined;
const apps: AppProcess[] = [];

beforeAll(async () => {
  if (!onPostgres) return;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-two-'));
  const db = await openTestDatabase();
  await db.database.close();
  drop = db.drop;
  const env = { DATABASE_URL: db.url, VANGNET_DATA_DIR: dataDir, JOBS: 'off' };
  // One after the other, so only the first runs the (already applied) migrations for real.
  apps.push(await startAppProcess(env));
  apps.push(await startAppProcess(env));
}, 240_000);

afterAll(async () => {
  for (const a of apps) expect(await a.stop(), a.output()).toBe(0);
  await drop?.();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const publicClient = () => {
  const lb = roundRobin(apps.map((a) => a.publicUrl));
  const client = new TestClient(lb.app);
  client.tokenPage = '/';

  return { client, served: lb.served };
};

describe.runIf(onPostgres)('two app processes behind one address', () => {
  it('walks a report and its follow-up with every request going to the other process', async () => {
    const reporter = publicClient();
    const { receipt, number } = await fillAndSubmit(reporter.client);
    expect(new Set(reporter.served)).toEqual(new Set([0, 1]));

    const { client, served } = publicClient();
    await client.get('/mijn-melding');
    const open = await client.post('/mijn-melding', { bewijscode: receipt });
    expect(open.statusCode).toBe(303);
    const overview = await client.get('/mijn-melding/overzicht');
    expect(overview.body).toContain(`Melding ${number}`);
    const sent = await postAndFollow(client, '/mijn-melding/bericht', { bericht: 'Aanvulling via het andere proces.' });
    expect(sent.body).toContain('Aanvulling via het andere proces.');
    await client.get('/mijn-melding/toestemming');
    expect((await postAndFollow(client, '/mijn-melding/toestemming', { consentPolice: 'no', consentCare: 'yes', consentZvh: 'no' })).statusCode).toBe(200);
    await client.get('/mijn-melding/nieuwe-code');
    expect((await client.post('/mijn-melding/nieuwe-code')).statusCode).toBe(303);
    const shown = await client.get('/mijn-melding/nieuwe-code');
    const fresh = receiptText(shown.body);
    expect(fresh).toBeTruthy();
    // Shown once, also when the next request goes to the other process.
    expect((await client.get('/mijn-melding/nieuwe-code')).body).not.toContain(fresh!);
    expect((await client.post('/mijn-melding/afsluiten')).statusCode).toBe(303);
    expect((await client.get('/mijn-melding/overzicht')).headers.location).toBe('/mijn-melding');
    // Alternating all the way.
    expect(served.every((p, i) => i === 0 || p !== served[i - 1])).toBe(true);

    // The new receipt opens the report on either process; the old one is refused on both.
    const again = publicClient();
    await again.client.get('/mijn-melding');
    expect((await postAndFollow(again.client, '/mijn-melding', { bewijscode: receipt })).statusCode).toBe(400);
    expect((await again.client.post('/mijn-melding', { bewijscode: fresh! })).statusCode).toBe(303);
  }, 120_000);

  it('counts wrong receipts for a number across both processes', async () => {
    const { receipt } = await fillAndSubmit(publicClient().client);
    const wrong = `${receipt.slice(0, 9)}${receipt.slice(9).replace(/[0-9]/g, (d) => String((Number(d) + 1) % 10))}`;
    const { client, served } = publicClient();
    await client.get('/mijn-melding');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await postAndFollow(client, '/mijn-melding', { bewijscode: wrong })).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429]);
    expect(new Set(served)).toEqual(new Set([0, 1]));
  }, 120_000);

  it('counts staff sign-in tries across both processes (one limit, not one per process)', async () => {
    const lb = roundRobin(apps.map((a) => a.staffUrl));
    const staff = new TestClient(lb.app);
    await staff.get('/inloggen');
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await staff.post('/inloggen', { email: 'niemand@vangnet.test', password: 'fout-wachtwoord' })).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  }, 120_000);
});

