/**
 * Issue 3 figures, in one process on the embedded database:
 *  - receipt check time: POST /mijn-melding with a right and a wrong receipt (Argon2id verify,
 *    19 MiB, t=2) through the real public server (inject), beside a baseline of the same run: the
 *    same request with a receipt of the wrong format (no hash is checked);
 *  - weight of each public form page: HTML + the one stylesheet, no JavaScript (target < 60 KB).
 *
 *   node --import tsx bench/intake-receipt-and-weight.ts
 *
 * Writes bench/results/intake-receipt-and-weight.json. Not a test: nothing fails on speed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/app/config.ts';
import { buildPublicServer } from '../src/app/public-server.ts';
import { createContext } from '../src/app/start.ts';
import { resetReceiptLimiter } from '../src/modules/intake/follow-up/receipt-limiter.ts';
import { fillAndSubmit } from '../src/modules/intake/testing.ts';
import { TestClient } from '../test/support/client.ts';
import { percentile } from './intake/reporter.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// The per-connection limit allows 20 receipt checks a minute; three per run stay under it.
const RUNS = Number(process.env.BENCH_RUNS ?? 6);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-receipt-'));
const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS: 'off' }), jobs: false };
const ctx = await createContext(config);
const app = await buildPublicServer(ctx);
await app.ready();
const results: Record<string, unknown> = {};
try {
  const client = new TestClient(app);
  client.tokenPage = '/';
  const { receipt } = await fillAndSubmit(client);
  const wrong = `${receipt.slice(0, 9)}${receipt.slice(9).replace(/[0-9]/g, (d) => String((Number(d) + 1) % 10))}`;
  const time = async (typed: string) => {
    resetReceiptLimiter();
    const c = new TestClient(app);
    c.tokenPage = '/mijn-melding';
    await c.get('/mijn-melding');
    const started = performance.now();
    const res = await c.post('/mijn-melding', { bewijscode: typed });
    const ms = performance.now() - started;

    return { ms, status: res.statusCode };
  };
  const right: number[] = [];
  const bad: number[] = [];
  const format: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await time(receipt);
    if (a.status !== 303) throw new Error(`right receipt gave ${a.status}`);
    right.push(a.ms);
    bad.push((await time(wrong)).ms);
    format.push((await time('123')).ms);
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  results.receiptCheck = {
    runs: RUNS,
    rightP50Ms: r(percentile(right, 50)),
    rightMaxMs: r(Math.max(...right)),
    wrongP50Ms: r(percentile(bad, 50)),
    baselineNoHashP50Ms: r(percentile(format, 50)),
  };
  console.log('Receipt check (POST /mijn-melding, Argon2id 19 MiB t=2)');
  console.table(results.receiptCheck);

  // Page weight: every public page of the form and follow-up, HTML plus the stylesheet.
  const css = await app.inject({ method: 'GET', url: '/assets/vangnet.css' });
  const cssBytes = css.rawPayload.length;
  const walker = new TestClient(app);
  walker.tokenPage = '/';
  await walker.get('/melden');
  await walker.post('/melden/start');
  const pages = ['/melden', '/melden/wie', '/melden/gevaar', '/melden/bel-112', '/melden/wat', '/melden/betrokkenen', '/melden/online', '/melden/waar-wanneer', '/melden/bestanden', '/melden/contact', '/melden/toestemming', '/melden/controle', '/mijn-melding'];
  const weights: Record<string, { htmlKB: number; totalKB: number; scripts: number }> = {};
  for (const p of pages) {
    const res = await walker.get(p);
    const html = res.rawPayload.length;
    weights[p] = { htmlKB: r(html / 1024), totalKB: r((html + cssBytes) / 1024), scripts: (res.body.match(/<script/g) ?? []).length };
  }
  const receiptPage = new TestClient(app);
  receiptPage.tokenPage = '/';
  await fillAndSubmit(receiptPage);
  results.pageWeight = { cssKB: r(cssBytes / 1024), pages: weights, heaviestTotalKB: Math.max(...Object.values(weights).map((w) => w.totalKB)), targetKB: 60 };
  console.log(`\nPage weight (HTML + ${r(cssBytes / 1024)} KB stylesheet, no JavaScript)`);
  console.table(weights);
} finally {
  await app.close();
  await ctx.database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
const outDir = path.join(ROOT, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'intake-receipt-and-weight.json'), `${JSON.stringify(results, null, 2)}\n`);
