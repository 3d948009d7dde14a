/**
 * Two app processes against one (issue 12 point 4): a burst of concurrent anonymous reports on
 * PostgreSQL, every reporter's requests alternating between the processes like a load balancer
 * without sticky sessions; acknowledged (receipt on screen) must equal stored (rows found by number).
 * Baselines in the same run: the Argon2id cost of one receipt hash (every submit pays one), and the
 * receipt checks per second one process gets through at its global budget.
 *
 *   node --import tsx bench/two-processes.ts
 *
 * Env: TEST_DATABASE_URL (PostgreSQL server; default the local cluster), BENCH_REPORTS (200),
 * BENCH_CHECK_SECONDS (5). Writes bench/results/two-processes.json. Not a test: nothing fails on speed.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEFAULT_BUDGET } from '../src/modules/intake/follow-up/receipt-budget.ts';
import { hashReceiptSecret, newReceiptSecret } from '../src/modules/intake/follow-up/receipt.ts';
import { type AppProcess, startAppProcess } from '../test/support/processes.ts';
import { percentile, Reporter } from './intake/reporter.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = Number(process.env.BENCH_REPORTS ?? 200);
const CHECK_SECONDS = Number(process.env.BENCH_CHECK_SECONDS ?? 5);
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';
const r1 = (x: number) => Math.round(x * 10) / 10;

const name = `vangnet_bench_two_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: SERVER_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const dbUrl = new URL(SERVER_URL);
dbUrl.pathname = `/${name}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-two-'));
const env = { DATABASE_URL: dbUrl.toString(), VANGNET_DATA_DIR: dataDir, JOBS: 'off', LOG_LEVEL: 'warn' };
const apps: AppProcess[] = [];
const results: Record<string, unknown> = { scale: { reports: REPORTS, full: 200 } };

const burst = async (bases: string[]) => {
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: REPORTS }, async (_, i) => {
      let turn = i;
      const reporter = new Reporter(() => bases[turn++ % bases.length]!);
      try {
        return await reporter.report();
      } catch (err) {
        return { error: String(err) };
      }
    }),
  );
  const wallMs = performance.now() - started;
  const ok = outcomes.flatMap((o) => ('receipt' in o ? [o] : []));
  const numbers = ok.map((o) => o.receipt.slice(0, 8));
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const stored = Number((await db.query('SELECT count(*)::int AS n FROM reports WHERE number = ANY($1)', [numbers])).rows[0].n);
  await db.end();
  const submit = ok.map((o) => o.submitMs);

  return {
    row: {
      processes: bases.length,
      reports: REPORTS,
      acknowledged: ok.length,
      stored,
      failed: outcomes.length - ok.length,
      submitP50Ms: r1(percentile(submit, 50)),
      submitP99Ms: r1(percentile(submit, 99)),
      wallSeconds: r1(wallMs / 1000),
      reportsPerSecond: r1(ok.length / (wallMs / 1000)),
    },
    receipts: ok.map((o) => o.receipt),
  };
};

/** As many receipt checks at once as the budget has slots and queue, for CHECK_SECONDS, on one process. */
const checksPerSecond = async (base: string, receipts: string[]) => {
  const workers = (DEFAULT_BUDGET.freeSlots + DEFAULT_BUDGET.freeQueue) * 2;
  const until = performance.now() + CHECK_SECONDS * 1000;
  const statuses: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        const c = new Reporter(base);
        await c.get('/mijn-melding');
        const res = await c.post('/mijn-melding', { bewijscode: receipts[next++ % receipts.length]! });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  const opened = statuses['303'] ?? 0;

  return { workers, seconds: CHECK_SECONDS, opened, busy503: statuses['503'] ?? 0, other: statuses, checksPerSecond: r1(opened / CHECK_SECONDS) };
};

try {
  // Baseline: what one receipt hash costs here (each submit makes one).
  const hashes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await hashReceiptSecret(newReceiptSecret());
    hashes.push(performance.now() - t0);
  }
  results.argon2idHashMs = { p50: r1(percentile(hashes, 50)), max: r1(Math.max(...hashes)) };

  apps.push(await startAppProcess(env));
  const one = await burst([apps[0]!.publicUrl]);
  apps.push(await startAppProcess(env));
  const two = await burst(apps.map((a) => a.publicUrl));
  results.burst = [one.row, two.row];
  results.receiptChecks = await checksPerSecond(apps[0]!.publicUrl, two.receipts);

  console.log(`scale: ${REPORTS} concurrent reports (the issue asks 200); Argon2id hash p50 ${(results.argon2idHashMs as { p50: number }).p50} ms`);
  console.table(results.burst);
  console.table([results.receiptChecks]);
  const outDir = path.join(ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'two-processes.json'), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  for (const a of apps) await a.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
