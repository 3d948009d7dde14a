/**
 * Issue 3 figures: a burst of 200 concurrent anonymous reports against the real server (spawned
 * `vangnet start`) on PostgreSQL — acknowledged vs stored (must be equal), p50/p99 — and the crash
 * check: the same burst, the server killed with SIGKILL in the middle, restarted, and every report
 * that got a receipt must be stored and readable by staff (and its receipt must still work).
 *
 *   node --import tsx bench/intake-burst.ts
 *
 * Env: TEST_DATABASE_URL (the PostgreSQL server; a scratch database is created and dropped),
 * BENCH_REPORTS (200). Writes bench/results/intake-burst.json. Not a test: nothing fails on speed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/app/config.ts';
import { createContext } from '../src/app/start.ts';
import { countReports, findReportByNumber } from '../src/modules/intake/queries.ts';
import { readReport } from '../src/modules/intake/triage/read-report.ts';
import { parseReceipt, verifyReceiptSecret } from '../src/modules/intake/follow-up/receipt.ts';
import { percentile, Reporter } from './intake/reporter.ts';
import { freePort, sleep } from './support/net.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = Number(process.env.BENCH_REPORTS ?? 200);
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';


const dbName = `vangnet_bench_intake_${Date.now().toString(36)}`;
const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;

  return u.toString();
};
const databaseUrl = withDb(SERVER_URL, dbName);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-intake-'));

const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  await c.query(sql);
  await c.end();
};

type Server = { proc: ChildProcess; base: string };

const startServer = async (): Promise<Server> => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    STAFF_PORT: String(await freePort()),
    DATABASE_URL: databaseUrl,
    VANGNET_DATA_DIR: dataDir,
    JOBS: 'off',
    LOG_LEVEL: 'warn',
  };
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    const ok = await fetch(`${base}/`).then(
      (r) => r.arrayBuffer().then(() => r.ok),
      () => false,
    );
    if (ok) return { proc, base };
    if (performance.now() - started > 120_000) throw new Error('server did not start');
    await sleep(50);
  }
};

const stopServer = (proc: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill(signal);
  });

type Burst = { receipts: string[]; submitMs: number[]; totalMs: number[]; failed: number; errors: Record<string, number>; wallMs: number };

const burst = async (base: string, onAck?: (n: number) => void): Promise<Burst> => {
  const out: Burst = { receipts: [], submitMs: [], totalMs: [], failed: 0, errors: {}, wallMs: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: REPORTS }, async () => {
      try {
        const r = await new Reporter(base).report();
        out.receipts.push(r.receipt);
        out.submitMs.push(r.submitMs);
        out.totalMs.push(r.totalMs);
        onAck?.(out.receipts.length);
      } catch (err) {
        out.failed += 1;
        const cause = err instanceof Error ? `${err.message}${err.cause instanceof Error ? `: ${err.cause.message}` : ''}` : String(err);
        out.errors[cause] = (out.errors[cause] ?? 0) + 1;
      }
    }),
  );
  out.wallMs = performance.now() - started;

  return out;
};

await admin(`CREATE DATABASE ${dbName}`);
const results: Record<string, unknown> = { reports: REPORTS, database: 'PostgreSQL' };
try {
  // 1. The burst.
  let server = await startServer();
  const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', JOBS: 'off' }), jobs: false };
  const ctx = await createContext(config);
  // Baseline of the same run: one reporter at a time (the machine's load shows here too).
  const single: number[] = [];
  const singleTotal: number[] = [];
  for (let i = 0; i < 5; i++) {
    const one = await new Reporter(server.base).report();
    single.push(one.submitMs);
    singleTotal.push(one.totalMs);
  }
  const b = await burst(server.base);
  const stored = (await countReports(ctx.db)) - single.length;
  const r = (x: number) => Math.round(x);
  results.burst = {
    acknowledged: b.receipts.length,
    stored,
    failed: b.failed,
    equal: b.receipts.length === stored,
    submitP50Ms: r(percentile(b.submitMs, 50)),
    submitP99Ms: r(percentile(b.submitMs, 99)),
    wholeFormP50Ms: r(percentile(b.totalMs, 50)),
    wholeFormP99Ms: r(percentile(b.totalMs, 99)),
    wallMs: r(b.wallMs),
    baselineOneAtATimeSubmitMs: r(percentile(single, 50)),
    baselineOneAtATimeWholeFormMs: r(percentile(singleTotal, 50)),
    reportsPerSecond: Math.round((b.receipts.length / b.wallMs) * 1000 * 10) / 10,
  };
  console.log(`Burst of ${REPORTS} concurrent anonymous reports (PostgreSQL, real server, 10 HTTP requests each)`);
  console.table(results.burst);
  if (b.failed) console.log('errors:', b.errors);

  // 2. SIGKILL in the middle of a second burst, restart, check every acknowledged report.
  if (!process.env.BENCH_SKIP_KILL) {
  const before = await countReports(ctx.db);
  let killedAt = 0;
  const killAfter = Math.floor(REPORTS / 3);
  const killing = burst(server.base, (n) => {
    if (n === killAfter && !killedAt) {
      killedAt = n;
      server.proc.kill('SIGKILL');
    }
  });
  const k = await killing;
  await stopServer(server.proc, 'SIGKILL');
  server = await startServer();
  let storedOk = 0;
  let readable = 0;
  let receiptWorks = 0;
  const reader = { id: '00000000-0000-4000-8000-000000000001', name: 'Bench Intake', roles: ['intake'] };
  for (const receipt of k.receipts) {
    const parsed = parseReceipt(receipt);
    const report = parsed ? await findReportByNumber(ctx.db, parsed.number) : null;
    if (!report || !parsed) continue;
    storedOk += 1;
    if (await verifyReceiptSecret(report.receiptHash, parsed.secret)) receiptWorks += 1;
    const view = await readReport(ctx, report.id, reader);
    if (view?.report.answers && String(view.report.answers.whatHappened ?? '').startsWith('Bench:')) readable += 1;
  }
  // One of them through the public follow-up of the restarted server as well.
  let followUp = 'not tried';
  if (k.receipts[0]) {
    const reporter = new Reporter(server.base);
    await reporter.get('/mijn-melding');
    const res = await reporter.post('/mijn-melding', { bewijscode: k.receipts[0] });
    followUp = res.location === '/mijn-melding/overzicht' ? 'ok' : `status ${res.status}`;
  }
  const after = await countReports(ctx.db);
  results.sigkill = {
    acknowledgedBeforeKill: k.receipts.length,
    failedOrCutOff: k.failed,
    storedAfterRestart: after - before,
    acknowledgedAndStored: storedOk,
    acknowledgedAndReadableByStaff: readable,
    receiptStillWorks: receiptWorks,
    followUpAfterRestart: followUp,
    allAcknowledgedStored: storedOk === k.receipts.length && readable === k.receipts.length,
  };
  console.log(`\nSIGKILL after ${killAfter} receipts of a second burst of ${REPORTS}, then restart`);
  console.table(results.sigkill);
  }
  await stopServer(server.proc, 'SIGTERM');
  await ctx.database.close();
} finally {
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}
const outDir = path.join(ROOT, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'intake-burst.json'), `${JSON.stringify(results, null, 2)}\n`);
