/**
 * Issue 14 figures for the short way to report, in one process on the embedded database:
 *  - pages and clicks for an anonymous report on the short path (3 steps) and on the full guided
 *    path (only the required answers, "Verder" on the optional steps), counted by a scripted
 *    Chromium at 360 px with JavaScript off: pages = documents loaded from the first page up to and
 *    including the receipt, clicks = buttons and links pressed (ticking a choice and typing not counted);
 *  - time from the first page to the receipt for that scripted browser, short vs full, alternating
 *    runs in the same process, as medians and a ratio;
 *  - the heaviest public page of the form (HTML + the one stylesheet, no JavaScript), both paths.
 *
 *   node --import tsx bench/short-report.ts
 *
 * Env: BENCH_RUNS (5), CHROMIUM_PATH (/usr/bin/chromium). Writes bench/results/short-report.json.
 * Not a test: nothing fails on speed. The receipt's Argon2id hash (tens of ms) is in both paths.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../src/app/config.ts';
import { buildPublicServer } from '../src/app/public-server.ts';
import { createContext } from '../src/app/start.ts';
import { ANONYMOUS_REPORT, fillShortAndSubmit } from '../src/modules/intake/testing.ts';
import { TestClient } from '../test/support/client.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { percentile } from './intake/reporter.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WHAT = 'Ik ben 15. Mijn vriend (fictief) zegt dat ik met zijn vrienden naar een hotel moet.';

type Walk = { pages: number; clicks: number; ms: number };

/** Counts documents and presses while a script walks one path; `press` is the only way to move on. */
const walker = (page: Page) => {
  let pages = 0;
  let clicks = 0;
  page.on('load', () => {
    pages++;
  });
  const press = async (name: string, role: 'button' | 'link' = 'button') => {
    clicks++;
    await Promise.all([page.waitForEvent('load'), page.getByRole(role, { name, exact: true }).first().click()]);
  };

  return { press, counts: () => ({ pages, clicks }) };
};

const shortWalk = async (browser: Browser, url: string): Promise<Walk> => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const w = walker(page);
  const started = performance.now();
  await page.goto(`${url}/melden`);
  await w.press('Kort melden (3 stappen)');
  await page.getByLabel('Vertel in uw eigen woorden').fill(WHAT);
  await page.getByLabel('Het gaat om mij', { exact: true }).check();
  await w.press('Verder');
  await page.getByLabel('Nee, niet op dit moment').check();
  await w.press('Verder');
  await page.getByLabel('Ja, ik meld anoniem').check();
  await w.press('Melding versturen');
  await page.getByTestId('receipt').waitFor();
  const ms = performance.now() - started;
  await context.close();

  return { ...w.counts(), ms };
};

const fullWalk = async (browser: Browser, url: string): Promise<Walk> => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const w = walker(page);
  const started = performance.now();
  await page.goto(`${url}/melden`);
  await w.press('Uitgebreid melden');
  await page.getByLabel('Het gaat om mij. Ik word zelf onder druk gezet of uitgebuit.').check();
  await w.press('Verder');
  await page.getByLabel('Nee, niet op dit moment').check();
  await w.press('Verder');
  await page.getByLabel('Vertel in je eigen woorden').fill(WHAT);
  await w.press('Verder');
  for (let i = 0; i < 3; i++) await w.press('Verder'); // betrokkenen, online, waar-wanneer: nothing typed
  await w.press('Verder', 'link'); // bestanden
  await page.getByLabel('Ja, ik meld anoniem').check();
  await w.press('Verder');
  for (const name of ['consentPolice', 'consentCare', 'consentZvh']) await page.locator(`input[name="${name}"][value="no"]`).check();
  await w.press('Verder');
  await w.press('Melding versturen');
  await page.getByTestId('receipt').waitFor();
  const ms = performance.now() - started;
  await context.close();

  return { ...w.counts(), ms };
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-short-'));
const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS: 'off' }), jobs: false };
const ctx = await createContext(config);
const app = await buildPublicServer(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
const results: Record<string, unknown> = {};
const r = (x: number) => Math.round(x * 10) / 10;
try {
  // One warm-up walk of each, not counted (first compile of every page, Chromium start-up).
  await shortWalk(browser, url);
  await fullWalk(browser, url);
  const short: Walk[] = [];
  const full: Walk[] = [];
  for (let i = 0; i < RUNS; i++) {
    short.push(await shortWalk(browser, url));
    full.push(await fullWalk(browser, url));
  }
  const shortMs = percentile(
    short.map((w) => w.ms),
    50,
  );
  const fullMs = percentile(
    full.map((w) => w.ms),
    50,
  );
  results.walk = {
    runs: RUNS,
    short: { pages: short[0]!.pages, clicks: short[0]!.clicks, p50Ms: r(shortMs), maxMs: r(Math.max(...short.map((w) => w.ms))) },
    full: { pages: full[0]!.pages, clicks: full[0]!.clicks, p50Ms: r(fullMs), maxMs: r(Math.max(...full.map((w) => w.ms))) },
    shortOverFull: Math.round((shortMs / fullMs) * 100) / 100,
  };
  console.log('Anonymous report, scripted Chromium at 360 px, JavaScript off (pages include the first page and the receipt)');
  console.table({ short: (results.walk as { short: object }).short, full: (results.walk as { full: object }).full });
  console.log(`short / full time to receipt: ${(results.walk as { shortOverFull: number }).shortOverFull}`);

  // Page weight: every public page of both paths, HTML plus the stylesheet.
  const css = await app.inject({ method: 'GET', url: '/assets/vangnet.css' });
  const cssBytes = css.rawPayload.length;
  const weights: Record<string, { htmlKB: number; totalKB: number; scripts: number }> = {};
  const weigh = (p: string, html: string, bytes: number) => {
    weights[p] = { htmlKB: r(bytes / 1024), totalKB: r((bytes + cssBytes) / 1024), scripts: (html.match(/<script/g) ?? []).length };
  };
  const full1 = new TestClient(app);
  full1.tokenPage = '/';
  await full1.get('/melden');
  await full1.post('/melden/start');
  for (const [slug, form] of Object.entries(ANONYMOUS_REPORT)) await full1.post(`/melden/${slug}`, form);
  for (const p of ['/melden', '/melden/wie', '/melden/gevaar', '/melden/bel-112', '/melden/wat', '/melden/betrokkenen', '/melden/online', '/melden/waar-wanneer', '/melden/bestanden', '/melden/contact', '/melden/toestemming', '/melden/controle', '/mijn-melding']) {
    const res = await full1.get(p);
    weigh(p, res.body, res.rawPayload.length);
  }
  const short1 = new TestClient(app);
  short1.tokenPage = '/';
  await short1.get('/melden');
  await short1.post('/melden/kort/start');
  await short1.post('/melden/kort/wat', { whatHappened: WHAT, reporterKind: 'victim' });
  await short1.post('/melden/kort/gevaar', { dangerNow: 'yes' });
  for (const p of ['/melden/kort/wat', '/melden/kort/gevaar', '/melden/kort/contact']) {
    const res = await short1.get(p);
    weigh(p, res.body, res.rawPayload.length);
  }
  const receiptClient = new TestClient(app);
  receiptClient.tokenPage = '/';
  const { page } = await fillShortAndSubmit(receiptClient);
  weigh('/melden/ontvangen', page, Buffer.byteLength(page));
  const heaviest = Object.entries(weights).sort((a, b) => b[1].totalKB - a[1].totalKB)[0]!;
  results.pageWeight = { cssKB: r(cssBytes / 1024), pages: weights, heaviest: { page: heaviest[0], ...heaviest[1] } };
  console.log(`\nPage weight (HTML + ${r(cssBytes / 1024)} KB stylesheet, no JavaScript on the form)`);
  console.table(weights);
  console.log(`heaviest public page: ${heaviest[0]} ${heaviest[1].totalKB} KB`);
} finally {
  await browser.close();
  await app.close();
  await ctx.database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const outDir = path.join(ROOT, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'short-report.json'), `${JSON.stringify(results, null, 2)}\n`);
