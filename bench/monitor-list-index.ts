/**
 * The /monitor ad list on PostgreSQL with 100,000 generated ads: plans and server time of the first
 * page, page 200 and a filtered page (place + indicator), with the app's statements (queries.ts
 * `scoredAdsPageQueries`: driven from ad_indicator_scores, an inner join) and with the earlier shape
 * (ads LEFT JOIN scores, written out below), each before and after the index
 * ad_indicator_scores_total_desc_idx on (total DESC NULLS LAST, ad_id).
 *
 *   npx tsx bench/monitor-list-index.ts [--ads 100000] [--runs 7] [--plans]
 *
 * Uses TEST_DATABASE_URL or postgres://vangnet:vangnet@127.0.0.1:5432/postgres, creates a fresh
 * database vangnet_bench_list, writes bench/results/monitor-list-index.json. Server time = "Planning
 * Time" + "Execution Time" of EXPLAIN (ANALYZE, TIMING OFF), the median of --runs runs after one warm-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPostgres } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import type { AdFilters } from '../src/modules/monitor/ads/parse-list-query.ts';
import { scoredAdsPageQueries } from '../src/modules/monitor/queries/lists.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ADS = arg('ads', 100_000);
const RUNS = arg('runs', 7);
const PLANS = process.argv.includes('--plans');
const DB_NAME = 'vangnet_bench_list';
const NEW_INDEX = 'ad_indicator_scores_total_desc_idx';

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';
const dbUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

const PLACES = ['Utrecht', 'Amsterdam', 'Rotterdam', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Breda', 'Zwolle', 'Arnhem'];

/**
 * Ads with fictitious text; scores as the lexicon makes them: half score 0, the rest in steps of 0.5
 * (many ties, so the id tiebreak matters); 20% fired "always-available", 5% "youth-language".
 */
const load = async (client: pg.Client) => {
  const t0 = performance.now();
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO monitor_sources (name, start_urls, allowed_url_patterns, selectors, legal_basis)
     VALUES ('Bench bron', ARRAY['http://127.0.0.1:9/'], ARRAY['^http://127.0.0.1:9/'], '{}'::jsonb, 'Fictieve benchbron.') RETURNING id`,
  );
  const sourceId = rows[0]?.id;
  await client.query(
    `INSERT INTO ads (source_id, url, title, text, place, place_normalised, phones, content_hash, posted_at)
     SELECT $1, 'http://127.0.0.1:9/ad/' || g, 'Advertentie ' || g, 'Lieve dame ' || g || ', 24/7 beschikbaar in de regio.',
            p, p, ARRAY['+3161' || lpad((g % 20000)::text, 7, '0')], md5(g::text), '2026-11-20'
       FROM generate_series(1, $2::int) AS g, LATERAL (SELECT ($3::text[])[1 + (g % 10)] AS p) AS pl`,
    [sourceId, ADS, PLACES],
  );
  await client.query(
    `INSERT INTO ad_indicator_scores (ad_id, lexicon_version, total, fired)
     SELECT a.id, '2026-11-23.1', t.total,
            CASE WHEN t.r < 0.20 THEN '[{"id":"always-available","weight":1.5,"matches":["24/7"]}]'::jsonb
                 WHEN t.r < 0.25 THEN '[{"id":"youth-language","weight":2,"matches":["net 18"]}]'::jsonb
                 ELSE '[]'::jsonb END
       FROM ads a, LATERAL (SELECT random() AS r) AS rr,
            LATERAL (SELECT rr.r, CASE WHEN rr.r < 0.25 THEN 1.5 + round((random() * 12)::numeric) / 2 WHEN rr.r < 0.5 THEN round((random() * 4)::numeric) / 2 ELSE 0 END AS total) AS t`,
  );
  await client.query('VACUUM ANALYZE ads');
  await client.query('VACUUM ANALYZE ad_indicator_scores');
  log(`loaded ${ADS} ads with scores in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
};

type Plan = { 'Planning Time': number; 'Execution Time': number; Plan: unknown };

/** The page as queries.ts wrote it before: ads LEFT JOIN scores, ordered by score, then ads.id. */
const leftJoinSql = (f: AdFilters, limit: number, offset: number) => {
  const where = [
    f.place ? `(a.place_normalised = '${f.place}' OR (a.place_normalised IS NULL AND lower(a.place) = lower('${f.place}')))` : null,
    f.indicator ? `s.fired @> '[{"id":"${f.indicator}"}]'::jsonb` : null,
  ].filter(Boolean);
  return `SELECT a.id, a.title, a.url, a.place, a.place_normalised, a.phones, a.image_urls, s.total, s.fired, s.lexicon_version
            FROM ads a LEFT JOIN ad_indicator_scores s ON s.ad_id = a.id
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY s.total DESC NULLS LAST, a.id LIMIT ${limit} OFFSET ${offset}`;
};

const main = async () => {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const database = await openPostgres(dbUrl, { max: 2 });
  await runMigrations(database);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const { rows: hasIndex } = await client.query(`SELECT 1 FROM pg_indexes WHERE indexname = $1`, [NEW_INDEX]);
  // Measure "before" without the index even when the migration adding it is already in.
  if (hasIndex.length > 0) await client.query(`DROP INDEX ${NEW_INDEX}`);
  await load(client);

  const explain = async (q: { sql: string; params: unknown[] }) => {
    const times: number[] = [];
    let plan: Plan | undefined;
    for (let i = 0; i <= RUNS; i++) {
      const { rows } = await client.query<{ 'QUERY PLAN': Plan[] }>(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${q.sql}`, q.params);
      plan = rows[0]?.['QUERY PLAN'][0];
      if (i > 0) times.push((plan?.['Planning Time'] ?? 0) + (plan?.['Execution Time'] ?? 0));
    }
    const text = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${q.sql}`, q.params)).rows.map((r) => r['QUERY PLAN']).join('\n');
    return { ms: Number(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]?.toFixed(2)), plan: text };
  };

  const cases: Array<{ name: string; f: AdFilters; offset: number }> = [
    { name: 'page 1', f: {}, offset: 0 },
    { name: 'page 200', f: {}, offset: 199 * 50 },
    { name: 'Utrecht + always-available, page 1', f: { place: 'Utrecht', indicator: 'always-available' }, offset: 0 },
    { name: 'Utrecht + always-available, page 20', f: { place: 'Utrecht', indicator: 'always-available' }, offset: 19 * 50 },
  ];
  const measure = async (label: string) => {
    const out: Record<string, unknown> = {};
    for (const c of cases) {
      const app = scoredAdsPageQueries(database.db, c.f, 50, c.offset);
      const rows = await explain(app.rows.toSQL());
      const count = await explain(app.count.toSQL());
      const leftJoin = await explain({ sql: leftJoinSql(c.f, 50, c.offset), params: [] });
      log(`${label} · ${c.name}: app rows ${rows.ms} ms, app count ${count.ms} ms, earlier left-join rows ${leftJoin.ms} ms`);
      if (PLANS) console.log(`--- app rows\n${rows.plan}\n--- earlier left-join rows\n${leftJoin.plan}\n--- app count\n${count.plan}`);
      out[c.name] = { appRowsMs: rows.ms, appCountMs: count.ms, leftJoinRowsMs: leftJoin.ms, appRowsPlan: rows.plan, appCountPlan: count.plan, leftJoinPlan: leftJoin.plan };
    }
    return out;
  };

  const before = await measure('without index');
  const t0 = performance.now();
  await client.query(`CREATE INDEX ${NEW_INDEX} ON ad_indicator_scores (total DESC NULLS LAST, ad_id)`);
  const indexMs = performance.now() - t0;
  await client.query('ANALYZE ad_indicator_scores');
  const after = await measure('with index');
  await client.end();
  await database.close();

  const result = {
    benchmark: 'monitor-list-index',
    at: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    ads: ADS,
    runs: RUNS,
    createIndexMs: Number(indexMs.toFixed(0)),
    before,
    after,
  };
  const dir = path.resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'monitor-list-index.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`written to ${path.join(dir, 'monitor-list-index.json')}`);
};

await main();
