/**
 * Foundation figures (issue 2): cold start of `vangnet start` to the first 200 on the public port, on
 * PGlite (fresh data folder, migrations included) and on PostgreSQL (fresh database), and the public
 * home page under autocannon beside a bare Fastify "hello" route measured in the same run.
 *
 *   node --import tsx bench/foundation.ts        (or: npm run bench:foundation)
 *
 * Env: TEST_DATABASE_URL (a PostgreSQL server URL; default the local cluster), BENCH_SECONDS (10).
 * Prints a table and writes bench/results/foundation.json. Not a test: nothing fails on speed.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import { freePort, sleep } from './support/net.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';


type Running = { proc: ChildProcess; port: number; msToFirst200: number };

/** Spawns a process and polls http://127.0.0.1:port/ until it answers 200; the time includes everything. */
const spawnUntil200 = async (args: string[], env: NodeJS.ProcessEnv, port: number): Promise<Running> => {
  const started = performance.now();
  // stdout is discarded, not piped: a full pipe would stall the server under load.
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${proc.exitCode} before answering`);
    const status = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.arrayBuffer().then(() => r.status),
      () => 0,
    );
    if (status === 200) return { proc, port, msToFirst200: performance.now() - started };
    if (performance.now() - started > 120_000) throw new Error('no 200 within 120 s');
    await sleep(25);
  }
};

const stop = (proc: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve(proc.exitCode);
    proc.once('exit', (code) => resolve(code));
    proc.kill('SIGTERM');
  });

const startVangnet = async (extraEnv: Record<string, string>): Promise<Running> => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    STAFF_PORT: String(await freePort()),
    LOG_LEVEL: 'info',
    ...extraEnv,
  };

  return spawnUntil200(['--import', 'tsx', 'src/cli/main.ts', 'start'], env, port);
};

/** The baseline: Fastify 5 with one route, no plugins, no logger, in its own process like Vangnet. */
const HELLO = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/', async () => 'hello');
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
`;

const startHello = async (): Promise<Running> => {
  const port = await freePort();

  return spawnUntil200(['--input-type=module', '-e', HELLO], { PATH: process.env.PATH, PORT: String(port) }, port);
};

const ZCannon = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number(), average: z.number() }),
  throughput: z.object({ average: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
});
type Load = z.infer<typeof ZCannon>;

/** autocannon in its own process (its CLI with --json), so the measuring does not share our event loop. */
const cannon = (url: string, seconds: number): Promise<Load> =>
  new Promise((resolve, reject) => {
    const cli = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
    execFile(process.execPath, [cli, '--json', '-c', '10', '-d', String(seconds), url], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) return reject(err);
      resolve(ZCannon.parse(JSON.parse(stdout)));
    });
  });

/** A short warm-up (JIT, caches), then the measured run. */
const measure = async (url: string): Promise<Load> => {
  await cannon(url, 2);

  return cannon(url, SECONDS);
};

const withFreshDatabase = async <T>(work: (url: string) => Promise<T>): Promise<T> => {
  const name = `vangnet_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    const c = new pg.Client({ connectionString: SERVER_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  }
};

const main = async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-'));
  const result: Record<string, unknown> = {
    when: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtStart: os.loadavg(),
    seconds: SECONDS,
    connections: 10,
  };

  console.log('Cold start on PGlite (fresh data folder, migrations included)…');
  const pglite = await startVangnet({ VANGNET_DATA_DIR: dataDir });
  console.log(`  first 200 after ${pglite.msToFirst200.toFixed(0)} ms`);
  console.log(`Public home page on PGlite under autocannon for ${SECONDS} s…`);
  const homePglite = await measure(`http://127.0.0.1:${pglite.port}/`);
  const pgliteExit = await stop(pglite.proc);
  rmSync(dataDir, { recursive: true, force: true });

  console.log('Cold start on PostgreSQL (fresh database, migrations included)…');
  let postgres: { msToFirst200: number; exit: number | null; home: Load } | { error: string };
  try {
    postgres = await withFreshDatabase(async (url) => {
      // The data folder only holds the master key file in this mode.
      const keyDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-pg-'));
      const run = await startVangnet({ DATABASE_URL: url, VANGNET_DATA_DIR: keyDir });
      console.log(`  first 200 after ${run.msToFirst200.toFixed(0)} ms`);
      console.log(`Public home page on PostgreSQL under autocannon for ${SECONDS} s…`);
      const home = await measure(`http://127.0.0.1:${run.port}/`);
      const exit = await stop(run.proc);
      rmSync(keyDir, { recursive: true, force: true });
      return { msToFirst200: run.msToFirst200, exit, home };
    });
  } catch (err) {
    postgres = { error: err instanceof Error ? err.message : String(err) };
    console.log(`  skipped: ${postgres.error}`);
  }

  console.log(`Bare Fastify "hello" under autocannon for ${SECONDS} s…`);
  const hello = await startHello();
  const helloLoad = await measure(`http://127.0.0.1:${hello.port}/`);
  await stop(hello.proc);

  const pgHome = 'home' in postgres ? postgres.home : undefined;
  // autocannon measures latency in whole milliseconds.
  const ms = (v: number) => (v < 1 ? '<1' : v.toFixed(0));
  const rows: [string, string, string, string, string][] = [
    ['Vangnet home (PGlite)', homePglite.requests.average.toFixed(0), ms(homePglite.latency.p99), ms(homePglite.latency.p50), String(homePglite.non2xx + homePglite.errors)],
    ...(pgHome ? [['Vangnet home (PostgreSQL)', pgHome.requests.average.toFixed(0), ms(pgHome.latency.p99), ms(pgHome.latency.p50), String(pgHome.non2xx + pgHome.errors)] as [string, string, string, string, string]] : []),
    ['Bare Fastify hello', helloLoad.requests.average.toFixed(0), ms(helloLoad.latency.p99), ms(helloLoad.latency.p50), String(helloLoad.non2xx + helloLoad.errors)],
  ];
  const ratio = homePglite.requests.average / helloLoad.requests.average;

  console.log('\nCold start to first 200 on the public port (spawned `vangnet start`, tsx included)');
  console.log(`  PGlite:     ${pglite.msToFirst200.toFixed(0)} ms (exit code on SIGTERM: ${pgliteExit})`);
  console.log(`  PostgreSQL: ${'msToFirst200' in postgres ? `${postgres.msToFirst200.toFixed(0)} ms (exit code on SIGTERM: ${postgres.exit})` : `not measured (${postgres.error})`}`);
  console.log(`\nLoad, ${SECONDS} s, 10 connections, loopback`);
  console.log(`  ${'target'.padEnd(28)}${'req/s'.padStart(9)}${'p99 ms'.padStart(9)}${'p50 ms'.padStart(9)}${'errors'.padStart(8)}`);
  for (const [name, rps, p99, p50, errors] of rows) console.log(`  ${name.padEnd(28)}${rps.padStart(9)}${p99.padStart(9)}${p50.padStart(9)}${errors.padStart(8)}`);
  console.log(`\n  Vangnet home / bare hello (req/s, PGlite): ${ratio.toFixed(3)} (${(ratio * 100).toFixed(1)} %)`);
  if (pgHome) console.log(`  Vangnet home / bare hello (req/s, PostgreSQL): ${(pgHome.requests.average / helloLoad.requests.average).toFixed(3)}`);

  Object.assign(result, {
    coldStartMs: { pglite: Math.round(pglite.msToFirst200), postgres: 'msToFirst200' in postgres ? Math.round(postgres.msToFirst200) : null },
    exitCodesOnSigterm: { pglite: pgliteExit, postgres: 'exit' in postgres ? postgres.exit : null },
    load: { homePglite, homePostgres: pgHome ?? null, hello: helloLoad },
    ratioHomeToHello: { pglite: ratio, postgres: pgHome ? pgHome.requests.average / helloLoad.requests.average : null },
    postgresError: 'error' in postgres ? postgres.error : null,
    loadAverageAtEnd: os.loadavg(),
  });
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'foundation.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(ROOT, path.join(out, 'foundation.json'))}`);
};

await main();
