/**
 * Issue 18 figures, on the embedded database:
 *  - information pages under autocannon on loopback (req/s, p99, and the server's CPU time per
 *    request), each measured right after a bare Fastify route, in BENCH_ROUNDS rounds (default 3),
 *    so a busy machine weighs on both alike; the ratio is the median of the rounds. Beside them the
 *    app's floor: a constant answer through the public server's shared plugins (cookies, helmet,
 *    CSRF, language, logger), which no page of this module can beat, and the uncached home page;
 *  - page weight of every public information page: HTML + the one stylesheet (target < 60 KB);
 *  - search p50/p95 over BENCH_PAGES published pages (default 500), beside a baseline in the same
 *    run: the same requests for a word that matches nothing.
 *
 *   node --import tsx bench/public-info.ts      (BENCH_SECONDS=5 BENCH_PAGES=500 by default)
 *
 * Writes bench/results/public-info.json. Not a test: nothing fails on speed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { z } from 'zod';
import { loadConfig } from '../src/app/config.ts';
import { buildPublicServer } from '../src/app/public-server.ts';
import { createContext } from '../src/app/start.ts';
import { AUDIENCE_SLUGS } from '../src/modules/public-info/index.ts';
import { loadBenchPages } from '../src/modules/public-info/testing.ts';
import { percentile } from './intake/reporter.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PAGES = Number(process.env.BENCH_PAGES ?? 500);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const ZCannon = z.object({
  requests: z.object({ average: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
});
type Load = z.infer<typeof ZCannon>;

const cannon = (url: string, seconds: number): Promise<Load> =>
  new Promise((resolve, reject) => {
    const cli = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
    execFile(process.execPath, [cli, '--json', '-c', '10', '-d', String(seconds), url], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) return reject(err);
      resolve(ZCannon.parse(JSON.parse(stdout)));
    });
  });

type Measured = Load & { cpuUsPerRequest: number };

/** One warm-up second, then SECONDS of load; the CPU this process (the servers) spent per request. */
const measure = async (url: string): Promise<Measured> => {
  await cannon(url, 1);
  const before = process.cpuUsage();
  const load = await cannon(url, SECONDS);
  const cpu = process.cpuUsage(before);
  const requests = load.requests.average * SECONDS;

  return { ...load, cpuUsPerRequest: requests > 0 ? (cpu.user + cpu.system) / requests : 0 };
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-info-'));
const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS: 'off' }), jobs: false };
const ctx = await createContext(config);
const app = await buildPublicServer(ctx);
// The floor: a constant HTML answer through the same shared plugins as every public page.
app.get('/bench-floor', async (_req, reply) => reply.type('text/html; charset=utf-8').send('<!doctype html><p>vloer</p>'));
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const hello = Fastify();
hello.get('/', async () => 'hello');
await hello.listen({ port: 0, host: '127.0.0.1' });
const helloUrl = `http://127.0.0.1:${(hello.server.address() as { port: number }).port}/`;
const result: Record<string, unknown> = { when: new Date().toISOString(), node: process.version, cpus: os.cpus().length, seconds: SECONDS, pages: PAGES, connections: 10 };

try {
  // Page weights: HTML + stylesheet, as a phone downloads them (no JavaScript needed; the exit script is extra).
  const css = await (await fetch(`${base}/assets/vangnet.css`)).text();
  const exitJs = await (await fetch(`${base}/assets/verlaten.js`)).text();
  const weights: Record<string, number> = {};
  for (const p of ['/', '/informatie', ...AUDIENCE_SLUGS.map((s) => `/informatie/${s}`), '/informatie/bezoek-verbergen', '/signalenwijzer', '/zoeken?q=sexting']) {
    const html = await (await fetch(`${base}${p}`)).text();
    weights[p] = Buffer.byteLength(html) + Buffer.byteLength(css);
  }
  console.log(`Page weight, HTML + CSS (CSS ${(Buffer.byteLength(css) / 1024).toFixed(1)} KB; exit script ${Buffer.byteLength(exitJs)} B extra with JavaScript):`);
  for (const [p, bytes] of Object.entries(weights)) console.log(`  ${p.padEnd(34)}${(bytes / 1024).toFixed(1).padStart(7)} KB`);

  console.log(`\nLoad, ${SECONDS} s, 10 connections, loopback, PGlite; ${ROUNDS} rounds, each target right after the bare route:`);
  const targets: [string, string][] = [
    ['app floor (constant, shared plugins)', `${base}/bench-floor`],
    ['/informatie/jongeren', `${base}/informatie/jongeren`],
    ['/informatie/professionals', `${base}/informatie/professionals`],
    ['/ (home, not cached)', `${base}/`],
  ];
  const rounds: Record<string, { hello: Measured; page: Measured }[]> = {};
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, url] of targets) {
      const hello = await measure(helloUrl);
      const page = await measure(url);
      rounds[name] = [...(rounds[name] ?? []), { hello, page }];
    }
  }
  const loads: Record<string, { rps: number; p99: number; cpuUsPerRequest: number; ratio: number; cpuRatio: number; errors: number; helloRps: number; helloCpuUs: number }> = {};
  for (const [name, rs] of Object.entries(rounds)) {
    loads[name] = {
      rps: median(rs.map((x) => x.page.requests.average)),
      p99: median(rs.map((x) => x.page.latency.p99)),
      cpuUsPerRequest: median(rs.map((x) => x.page.cpuUsPerRequest)),
      ratio: median(rs.map((x) => x.page.requests.average / Math.max(1, x.hello.requests.average))),
      cpuRatio: median(rs.map((x) => x.hello.cpuUsPerRequest / Math.max(0.001, x.page.cpuUsPerRequest))),
      errors: rs.reduce((n, x) => n + x.page.non2xx + x.page.errors, 0),
      helloRps: median(rs.map((x) => x.hello.requests.average)),
      helloCpuUs: median(rs.map((x) => x.hello.cpuUsPerRequest)),
    };
  }
  console.log(`  ${'target'.padEnd(38)}${'req/s'.padStart(8)}${'p99 ms'.padStart(8)}${'CPU µs'.padStart(8)}${'ratio'.padStart(7)}${'CPU ratio'.padStart(11)}${'bare req/s'.padStart(12)}${'bare µs'.padStart(9)}${'errors'.padStart(8)}`);
  for (const [name, l] of Object.entries(loads)) {
    console.log(
      `  ${name.padEnd(38)}${l.rps.toFixed(0).padStart(8)}${String(l.p99).padStart(8)}${l.cpuUsPerRequest.toFixed(0).padStart(8)}${l.ratio.toFixed(2).padStart(7)}${l.cpuRatio.toFixed(2).padStart(11)}${l.helloRps.toFixed(0).padStart(12)}${l.helloCpuUs.toFixed(0).padStart(9)}${String(l.errors).padStart(8)}`,
    );
  }
  console.log('  ratio = req/s against the bare route of the same round; CPU ratio = bare CPU per request / this CPU per request (medians).');

  console.log(`\nSearch over ${PAGES} published pages (plus the defaults), ${SEARCHES} requests each:`);
  await loadBenchPages(ctx, PAGES);
  const words = ['sexting', 'chauffeur', 'hotelkamer', 'signalen', 'anoniem melden', 'geld', 'school', 'chantage'];
  const timeSearches = async (pick: (i: number) => string) => {
    const ms: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const started = performance.now();
      const res = await app.inject({ method: 'GET', url: `/zoeken?q=${encodeURIComponent(pick(i))}` });
      if (res.statusCode !== 200) throw new Error(`search gave ${res.statusCode}`);
      ms.push(performance.now() - started);
    }
    return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
  };
  const found = await timeSearches((i) => words[i % words.length] ?? 'sexting');
  const nothing = await timeSearches(() => 'xyzzyplugh');
  const hits = await app.inject({ method: 'GET', url: '/zoeken?q=signalen' });
  const hitCount = (hits.body.match(/<li>/g) ?? []).length;
  console.log(`  matching words:            p50 ${found.p50.toFixed(1)} ms, p95 ${found.p95.toFixed(1)} ms (up to 20 hits shown; "signalen" shows ${hitCount})`);
  console.log(`  baseline, no match:        p50 ${nothing.p50.toFixed(1)} ms, p95 ${nothing.p95.toFixed(1)} ms`);

  Object.assign(result, { weights, cssBytes: Buffer.byteLength(css), rounds: ROUNDS, loads, search: { found, nothing, searches: SEARCHES } });
  const out = path.join(ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'public-info.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWrote bench/results/public-info.json`);
} finally {
  await app.close();
  await hello.close();
  await ctx.database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
