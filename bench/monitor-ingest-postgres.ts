/**
 * End-to-end ingest in PostgreSQL (issue 13): 10,000 already fetched fictitious ad pages are parsed
 * (cheerio + the source's selectors, as the crawler does), stored with their version, score and
 * identifiers in the shared index (`storeAd`, the crawler's own command), and then grouped and
 * rescored with the cross-ad indicators (`regroupAds`) in a fresh PostgreSQL 15 database. The
 * baseline, measured in the same run on the same pages, is the in-memory pipeline of
 * bench/monitor-pipeline.ts (parse, extract, score, a phone Map, grouping) that leaves the database
 * out. Goal: under 10 s for the whole ingest.
 *
 * The store step goes through the crawler's own batcher (crawler/ad-batcher.ts: storeAds, one
 * transaction per AD_BATCH_SIZE ads). BENCH_PREVIOUS=1 stores through storeAd one ad at a time
 * instead, CONCURRENCY at once, as the crawler did before batching.
 *
 *   node --import tsx bench/monitor-ingest-postgres.ts
 *   Env: BENCH_ADS (10000), BENCH_PREVIOUS (unset), BENCH_CONCURRENCY (8, with BENCH_PREVIOUS: ads
 *   stored at once, as the crawler with politeness off, its default maxConcurrency), TEST_DATABASE_URL (postgres://vangnet:vangnet@127.0.0.1:5432/postgres; a database
 *   vangnet_bench_ingest_<pid> is made and dropped)
 *
 * Prints a table and writes bench/results/monitor-ingest-postgres.json. Not a test.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { sql } from 'drizzle-orm';
import { parseDocument } from 'htmlparser2';
import pg from 'pg';
import { openPostgres } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { extractAdIdentifiers } from '../src/modules/monitor/crawler/extract-ad-identifiers.ts';
import { extractAd } from '../src/modules/monitor/crawler/extract-ad.ts';
import { createAdBatcher } from '../src/modules/monitor/crawler/ad-batcher.ts';
import { storeAd } from '../src/modules/monitor/crawler/store-ad.ts';
import { groupAds } from '../src/modules/monitor/grouping/group-ads.ts';
import { regroupAds } from '../src/modules/monitor/grouping/regroup-ads.ts';
import { addTokens, createTokenStore } from '../src/modules/monitor/grouping/token-store.ts';
import { tokeniseAd } from '../src/modules/monitor/grouping/tokenise-ad.ts';
import { computeCrossAdFacts, factsForPhones } from '../src/modules/monitor/indicators/cross-ad-facts.ts';
import { LEXICON_V1 } from '../src/modules/monitor/indicators/lexicon-v1.ts';
import { loadLexicon } from '../src/modules/monitor/indicators/load-lexicon.ts';
import { scoreAd } from '../src/modules/monitor/indicators/score-ad.ts';
import { createSource } from '../src/modules/monitor/sources/create-source.ts';
import { TEST_SITE_RULES } from '../src/modules/monitor/sources/selector-rules.ts';
import { renderAdPage } from '../src/modules/monitor/testing/ad-site.ts';
import { generateCorpus } from '../src/modules/monitor/testing/generate-corpus.ts';

const N = Number(process.env.BENCH_ADS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PREVIOUS = process.env.BENCH_PREVIOUS === '1';
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';
const ROOT = path.resolve(import.meta.dirname, '..');
const DB_NAME = `vangnet_bench_ingest_${process.pid}`;

const ads = generateCorpus({ seed: 2026, operators: Math.round(N * 0.08), singles: Math.round(N * 0.5), edits: 2, insertion: true }).slice(0, N);
// "Already fetched": the pages as the crawler receives them, in memory.
const pages = ads.map((ad) => ({ url: `http://site.test/ad/${ad.id}`, html: renderAdPage(ad) }));
const parse = (page: (typeof pages)[number]) =>
  extractAd(load(parseDocument(page.html)) as unknown as Parameters<typeof extractAd>[0], TEST_SITE_RULES, page.url);

const time = async <T>(fn: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; result: T }> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, result };
};

// Baseline: the in-memory pipeline (as bench/monitor-pipeline.ts), same pages, same run.
const inMemory = await time(() => {
  const phoneIndex = new Map<string, number[]>();
  const store = createTokenStore(pages.length);
  const parsed: Array<{ title: string; text: string; phones: ReturnType<typeof extractAdIdentifiers>['phones']; city: string | null; postedAt: Date }> = [];
  for (const page of pages) {
    const ad = parse(page);
    if (!ad) continue;
    const ids = extractAdIdentifiers(`${ad.title}\n${ad.text}\n${ad.contact ?? ''}`);
    for (const p of ids.phones) {
      const list = phoneIndex.get(p.e164) ?? [];
      list.push(parsed.length);
      phoneIndex.set(p.e164, list);
    }
    addTokens(store, tokeniseAd(ad.text).masked);
    parsed.push({ title: ad.title, text: ad.text, phones: ids.phones, city: ad.place, postedAt: new Date(ad.postedAt ?? 0) });
  }
  const facts = computeCrossAdFacts(parsed.map((p) => ({ phones: p.phones.map((x) => x.e164), name: null, city: p.city, postedAt: p.postedAt })));
  for (const p of parsed) scoreAd({ title: p.title, text: p.text, phones: p.phones, crossAd: factsForPhones(facts, p.phones.map((x) => x.e164)) }, LEXICON_V1);
  return { ads: parsed.length, groups: groupAds(store).stats.groups };
});

/**
 * CPU time of the PostgreSQL backends serving this benchmark's database (same machine): utime + stime
 * from /proc/<pid>/stat of the backends pg_stat_activity lists for the database, sampled every 200 ms
 * so a backend that exits keeps its last value. On a shared machine the wall time mostly waits for a
 * core; node's CPU plus the server's CPU is what the ingest costs.
 */
const serverCpu = (() => {
  const ticks = new Map<number, number>();
  const hz = 100;
  let timer: NodeJS.Timeout | undefined;
  let pids: number[] = [];
  let busy = false;
  const marks: Array<{ label: string; ms: number }> = [];
  const read = () => {
    for (const pid of pids) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The backend ended.
      }
    }
  };
  const sample = async () => {
    if (busy) return;
    busy = true;
    try {
      const r = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [DB_NAME]);
      pids = r.rows.map((row) => row.pid);
      read();
    } finally {
      busy = false;
    }
  };
  const total = () => ([...ticks.values()].reduce((a, b) => a + b, 0) * 1000) / hz;
  let base = 0;
  return {
    start: async () => {
      await sample();
      base = total();
      timer = setInterval(() => void sample(), 200);
    },
    mark: async (label: string) => {
      await sample();
      read();
      marks.push({ label, ms: total() - base - marks.reduce((a, m) => a + m.ms, 0) });
    },
    stop: () => clearInterval(timer),
    of: (label: string) => marks.find((m) => m.label === label)?.ms ?? 0,
  };
})();

const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}`);
await admin.query(`CREATE DATABASE ${DB_NAME}`);
const url = new URL(SERVER);
url.pathname = `/${DB_NAME}`;
const database = await openPostgres(url.toString(), { max: CONCURRENCY + 2 });
try {
  await runMigrations(database);
  const created = await createSource(
    database.db,
    { name: 'ingest bench', startUrls: ['http://site.test/ads'], allowedUrlPatterns: ['^http://site\\.test/'], selectors: TEST_SITE_RULES, legalBasis: 'Benchmark met fictieve advertenties.' },
    null,
  );
  if (!created.ok) throw new Error('source');
  const sourceId = created.source.id;
  const lexicon = await loadLexicon(database.db);
  const at = new Date('2026-11-02T10:00:00Z');

  await serverCpu.start();
  const parsed = await time(() => pages.map((p) => ({ url: p.url, ad: parse(p) })).filter((p): p is { url: string; ad: NonNullable<ReturnType<typeof parse>> } => p.ad !== null));
  await serverCpu.mark('parse');
  // Through the crawler's batcher (as crawlSource stores ads now), or BENCH_PREVIOUS: each page
  // through storeAd, CONCURRENCY at a time (as CheerioCrawler called it before batching).
  const stored = await time(async () => {
    if (!PREVIOUS) {
      let done = 0;
      const batcher = createAdBatcher<null>(database.db, {
        sourceId,
        lexicon,
        done: async () => {
          done++;
        },
        failed: async (error) => {
          throw error;
        },
      });
      for (const p of parsed.result) await batcher.add({ url: p.url, ad: p.ad, at }, null);
      await batcher.close();
      return done;
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < parsed.result.length) {
          const p = parsed.result[next++] as (typeof parsed.result)[number];
          await storeAd(database.db, { sourceId, url: p.url, ad: p.ad, at, lexicon });
        }
      }),
    );
    return next;
  });
  await serverCpu.mark('store');
  const grouped = await time(() => regroupAds(database.db));
  await serverCpu.mark('regroup');
  serverCpu.stop();
  const counts = (await database.db.execute(
    sql`SELECT (SELECT count(*) FROM ads)::int AS ads, (SELECT count(*) FROM ad_versions)::int AS versions, (SELECT count(*) FROM ad_indicator_scores)::int AS scores, (SELECT count(*) FROM identifier_occurrences WHERE source_type = 'ad')::int AS occurrences, (SELECT count(*) FROM ad_groups)::int AS groups`,
  )) as unknown as { rows: Array<Record<string, number>> };
  const c = counts.rows[0] as Record<string, number>;
  const totalMs = parsed.ms + stored.ms + grouped.ms;

  console.log(`Ingest of ${pages.length} already fetched ad pages into PostgreSQL 15 (${PREVIOUS ? `storeAd, ${CONCURRENCY} at once` : 'storeAds in batches (the crawler\'s batcher)'}), against the in-memory pipeline in the same run`);
  const s3 = (ms: number) => (ms / 1000).toFixed(2);
  console.log('| step | wall s | CPU s, this process | CPU s, PostgreSQL backends |\n|---|---:|---:|---:|');
  console.log(`| in-memory pipeline (baseline: parse, extract, score, phone map, grouping) | ${s3(inMemory.ms)} | ${s3(inMemory.cpuMs)} | — |`);
  console.log(`| PostgreSQL: parse | ${s3(parsed.ms)} | ${s3(parsed.cpuMs)} | ${s3(serverCpu.of('parse'))} |`);
  console.log(`| PostgreSQL: store (${PREVIOUS ? 'storeAd' : 'storeAds'}: ad, version, score, identifier index, dossier check) | ${s3(stored.ms)} | ${s3(stored.cpuMs)} | ${s3(serverCpu.of('store'))} |`);
  console.log(`| PostgreSQL: regroup (groups, operators, cross-ad rescoring, alerts) | ${s3(grouped.ms)} | ${s3(grouped.cpuMs)} | ${s3(serverCpu.of('regroup'))} |`);
  const cpuTotal = parsed.cpuMs + stored.cpuMs + grouped.cpuMs;
  const serverTotal = serverCpu.of('parse') + serverCpu.of('store') + serverCpu.of('regroup');
  console.log(`| PostgreSQL: total | **${s3(totalMs)}** | ${s3(cpuTotal)} | ${s3(serverTotal)} |`);
  console.log(`rows: ${c.ads} ads, ${c.versions} versions, ${c.scores} scores, ${c.occurrences} identifier occurrences, ${c.groups} groups (in memory: ${inMemory.result.groups} groups)`);
  console.log(`goal < 10 s: ${totalMs < 10_000 ? 'met' : 'NOT met'} on the wall clock (${(totalMs / inMemory.ms).toFixed(1)}× the in-memory pipeline); CPU of node + server ${s3(cpuTotal + serverTotal)} s (${((cpuTotal + serverTotal) / inMemory.cpuMs).toFixed(1)}× the in-memory pipeline's CPU)`);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores (the database server shares them)`);
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, `bench/results/monitor-ingest-postgres${PREVIOUS ? '-previous' : ''}.json`),
    `${JSON.stringify({ pages: pages.length, path: PREVIOUS ? 'storeAd' : 'storeAds', concurrency: CONCURRENCY, inMemoryMs: inMemory.ms, inMemoryCpuMs: inMemory.cpuMs, cpuMs: cpuTotal, serverCpuMs: serverTotal, parseMs: parsed.ms, storeMs: stored.ms, regroupMs: grouped.ms, totalMs, rows: c, loadAverage: os.loadavg(), node: process.version, at: new Date().toISOString() }, null, 2)}\n`,
  );
} finally {
  await database.close();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}`);
  await admin.end();
}
