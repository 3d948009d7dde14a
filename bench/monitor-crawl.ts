/**
 * Crawl figures (issue 6): pages per second against the local fictitious ad site, with politeness off
 * (8 parallel requests, no delay) and on (the defaults for a new source: 2 parallel, 1 s between
 * requests to a host, at most 30 a minute), storing ads, scores and identifiers in an embedded
 * PGlite database, each new ad with its raw exchange as a gzipped WARC (the WARC size is reported).
 * Also the image and video requests the site saw: must be 0.
 *
 *   node --import tsx bench/monitor-crawl.ts     Env: BENCH_ADS (300), BENCH_POLITE_PAGES (20)
 *
 * Prints a table and writes bench/results/monitor-crawl.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { openPglite } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { crawlSource } from '../src/modules/monitor/crawler/crawl-source.ts';
import { createSource } from '../src/modules/monitor/sources/create-source.ts';
import { TEST_SITE_RULES } from '../src/modules/monitor/sources/selector-rules.ts';
import { startAdSite } from '../src/modules/monitor/testing/ad-site.ts';
import { generateCorpus } from '../src/modules/monitor/testing/generate-corpus.ts';

const N = Number(process.env.BENCH_ADS ?? 300);
const POLITE_PAGES = Number(process.env.BENCH_POLITE_PAGES ?? 20);
const ROOT = path.resolve(import.meta.dirname, '..');
const logger = pino({ level: 'silent' });

const database = await openPglite({ instance: await PGlite.create() });
await runMigrations(database);
const ads = generateCorpus({ seed: 4242, operators: Math.round(N * 0.08), singles: Math.round(N * 0.6), edits: 2, insertion: true }).slice(0, N);

const run = async (name: string, politeness: { maxConcurrency: number; delayMs: number; maxRequestsPerMinute: number } | undefined, maxPages: number) => {
  const site = await startAdSite({ ads, pageSize: 50 });
  const created = await createSource(
    database.db,
    { name, startUrls: [site.startUrl], allowedUrlPatterns: [`^${site.origin}/(ads\\?page=\\d+|ad/)`], selectors: TEST_SITE_RULES, legalBasis: 'Benchmark tegen een fictieve lokale site.' },
    null,
  );
  if (!created.ok) throw new Error('source');
  const t0 = performance.now();
  const stats = await crawlSource(database.db, logger, created.source.id, { politeness, skipRegroup: true, limits: { maxPagesPerRun: maxPages }, allowPrivate: true });
  const seconds = (performance.now() - t0) / 1000;
  const result = { name, pages: stats.fetched, adsStored: stats.adsNew, seconds, pagesPerSecond: stats.fetched / seconds, imageRequests: site.imageRequests(), siteRequests: site.totalRequests() };
  await site.close();
  return result;
};

const off = await run('politeness off', { maxConcurrency: 8, delayMs: 0, maxRequestsPerMinute: 100_000 }, N + 50);
const on = await run('politeness on (source defaults)', undefined, POLITE_PAGES);
const warcResult = await database.db.execute(sql`SELECT count(warc_gz)::int AS n, coalesce(sum(octet_length(warc_gz)), 0)::bigint AS bytes FROM ad_versions`);
const [warc] = (warcResult as unknown as { rows: Array<{ n: number; bytes: string | number }> }).rows;
const warcStats = { versionsWithWarc: Number(warc?.n ?? 0), bytes: Number(warc?.bytes ?? 0) };
await database.close();

console.log('Crawl against the local fictitious ad site (fetch, parse, extract, score, store in PGlite; regrouping not included)');
console.log('| run | pages | ads stored | seconds | pages/s | image/video requests |\n|---|---:|---:|---:|---:|---:|');
for (const r of [off, on]) console.log(`| ${r.name} | ${r.pages} | ${r.adsStored} | ${r.seconds.toFixed(1)} | ${r.pagesPerSecond.toFixed(1)} | ${r.imageRequests} |`);
console.log(`WARC kept for ${warcStats.versionsWithWarc} ad versions: ${(warcStats.bytes / 1024).toFixed(0)} kB gzipped, ${(warcStats.bytes / Math.max(1, warcStats.versionsWithWarc) / 1024).toFixed(1)} kB per version`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results/monitor-crawl.json'), `${JSON.stringify({ runs: [off, on], warc: warcStats, loadAverage: os.loadavg(), node: process.version, at: new Date().toISOString() }, null, 2)}\n`);
