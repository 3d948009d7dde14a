/**
 * "Where else was this number seen?" on PostgreSQL with 10 million occurrences over about 1 million
 * identifiers: server-side p50/p95/p99 of the where-seen statements for random identifiers, beside the
 * same run's bare primary-key read of one identifier.
 *
 *   npx tsx bench/identifiers-where-seen.ts [--occurrences 10000000] [--identifiers 1000000] [--samples 1000] [--reuse]
 *
 * Uses TEST_DATABASE_URL or postgres://vangnet:vangnet@127.0.0.1:5432/postgres, creates a fresh
 * database vangnet_bench_ids (--reuse keeps a loaded one), writes bench/results/identifiers-where-seen.json.
 *
 * Server-side time = "Planning Time" + "Execution Time" of EXPLAIN (ANALYZE, TIMING OFF) on the exact
 * statements the app runs (taken from queries.ts), summed over the four statements of one where-seen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { openPostgres } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { findWhereSeen } from '../src/modules/identifiers/where-seen/find-where-seen.ts';
import { identifierByKeyQuery, listRecentOccurrences, placeCountsSql, sourceTypeCountsSql } from '../src/modules/identifiers/queries.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const OCCURRENCES = arg('occurrences', 10_000_000);
const IDENTIFIERS = arg('identifiers', 1_000_000);
const SAMPLES = arg('samples', 1000);
const REUSE = process.argv.includes('--reuse');
const DB_NAME = 'vangnet_bench_ids';
const BATCH = 1_000_000;

const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';
const dbUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();

/** Phone keys of the synthetic identifiers: fictitious +3161xxxxxxx numbers, one per id. */
const keyOf = (id: number) => `+3161${String(id).padStart(7, '0')}`;

const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const stats = (xs: number[]) => ({
  p50: Number(percentile(xs, 50).toFixed(3)),
  p95: Number(percentile(xs, 95).toFixed(3)),
  p99: Number(percentile(xs, 99).toFixed(3)),
  max: Number(Math.max(...xs).toFixed(3)),
});

const SECONDARY_INDEXES = [
  'identifier_occurrences_source_uq',
  'identifier_occurrences_recent_idx',
  'identifier_occurrences_by_type_idx',
  'identifier_occurrences_place_idx',
];

const load = async (client: pg.Client) => {
  const t0 = performance.now();
  // Bulk load the usual way: drop the secondary indexes, insert, build them once at the end.
  const { rows: defs } = await client.query<{ indexdef: string; indexname: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'identifier_occurrences' AND indexname = ANY($1)`,
    [SECONDARY_INDEXES],
  );
  for (const d of defs) await client.query(`DROP INDEX ${d.indexname}`);
  await client.query(`
    INSERT INTO identifiers (kind, key, display, first_seen_at, last_seen_at)
    SELECT 'phone', '+3161' || lpad(g::text, 7, '0'), '06-1' || lpad(g::text, 7, '0'), now() - interval '3 years', now()
      FROM generate_series(1, ${IDENTIFIERS}) AS g`);
  log(`identifiers: ${IDENTIFIERS} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Most identifiers are seen a few times; 5% of occurrences go to a hot set of 10,000 identifiers,
  // skewed so the hottest ones have thousands of occurrences (a number shared by many ads).
  for (let from = 1; from <= OCCURRENCES; from += BATCH) {
    const to = Math.min(OCCURRENCES, from + BATCH - 1);
    await client.query(`
      INSERT INTO identifier_occurrences (identifier_id, source_type, source_id, field, start_pos, end_pos, mentions, raw, seen_at, place)
      SELECT CASE WHEN random() < 0.95 THEN 1 + floor(random() * ${IDENTIFIERS})::bigint
                  ELSE 1 + floor(power(random(), 2) * 10000)::bigint END,
             (ARRAY['ad','ad','ad','report','dossier_person','evidence','decoy_contact','dossier'])[1 + floor(random() * 8)::int],
             'src-' || g, 'body', (g % 500), (g % 500) + 11, 1, '06-12345678',
             now() - random() * interval '3 years',
             CASE WHEN random() < 0.3 THEN (ARRAY['Utrecht','Rotterdam','Den Haag','Amsterdam','Eindhoven','Tilburg','Groningen','Breda','Zwolle','Arnhem'])[1 + floor(random() * 10)::int] END
        FROM generate_series(${from}, ${to}) AS g`);
    log(`occurrences: ${to} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  await client.query(`SET maintenance_work_mem = '512MB'`);
  for (const d of defs) {
    const ti = performance.now();
    await client.query(d.indexdef);
    log(`index ${d.indexname}: ${((performance.now() - ti) / 1000).toFixed(0)} s`);
  }
  await client.query('VACUUM ANALYZE identifiers');
  await client.query('VACUUM ANALYZE identifier_occurrences');
  const seconds = (performance.now() - t0) / 1000;
  log(`loaded in ${seconds.toFixed(0)} s`);

  return seconds;
};

const main = async () => {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME])).rowCount === 1;
  if (!REUSE || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
  }
  await admin.end();
  const database = await openPostgres(dbUrl, { max: 2 });
  await runMigrations(database);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const { rows: countRows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM identifier_occurrences');
  let loadSeconds: number | null = null;
  if (Number(countRows[0]?.n) < OCCURRENCES) {
    if (Number(countRows[0]?.n) > 0) throw new Error('partly loaded database; run without --reuse');
    loadSeconds = await load(client);
  } else log('reusing the loaded database');
  const { rows: sizeRows } = await client.query<{ size: string; occ: string; ids: string; hottest: string }>(`
    SELECT pg_size_pretty(pg_database_size(current_database())) AS size,
           (SELECT count(*) FROM identifier_occurrences) AS occ, (SELECT count(*) FROM identifiers) AS ids,
           (SELECT max(n) FROM (SELECT count(*) AS n FROM identifier_occurrences WHERE identifier_id <= 100 GROUP BY identifier_id) h) AS hottest`);

  const dialect = new PgDialect();
  const explainMs = async (query: { sql: string; params: unknown[] }) => {
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ 'Planning Time': number; 'Execution Time': number }> }>(
      `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${query.sql}`,
      query.params,
    );
    const plan = rows[0]?.['QUERY PLAN'][0];
    return (plan?.['Planning Time'] ?? 0) + (plan?.['Execution Time'] ?? 0);
  };
  const raw = (s: SQL) => dialect.sqlToQuery(s);

  const whereSeenServerMs = async (id: number) => {
    const [byKey, counts, places, recent] = [
      identifierByKeyQuery(database.db, 'phone', keyOf(id)).toSQL(),
      raw(sourceTypeCountsSql(id)),
      raw(placeCountsSql(id, 20)),
      listRecentOccurrences(database.db, id, 50).toSQL(),
    ];
    let total = 0;
    for (const q of [byKey, counts, places, recent]) total += await explainMs(q);
    return total;
  };
  const pkServerMs = (id: number) => explainMs(raw(sql`SELECT * FROM identifiers WHERE id = ${id}`));

  // Random identifiers, uniformly over all ids; and, apart, the 100 hottest.
  const ids = Array.from({ length: SAMPLES }, () => 1 + Math.floor(Math.random() * IDENTIFIERS));
  const hot = Array.from({ length: 100 }, (_, i) => i + 1);
  for (const id of ids.slice(0, 50)) await whereSeenServerMs(id); // warm-up
  const pk: number[] = [];
  const ws: number[] = [];
  const wsHot: number[] = [];
  const wall: number[] = [];
  const pkWall: number[] = [];
  for (const id of ids) {
    pk.push(await pkServerMs(id));
    ws.push(await whereSeenServerMs(id));
  }
  for (const id of hot) wsHot.push(await whereSeenServerMs(id));
  // The real command end to end (four round trips from Node, access callback included).
  for (const id of ids) {
    const t0 = performance.now();
    await findWhereSeen(database.db, { kind: 'phone', key: keyOf(id), mayOpen: (s) => s.type !== 'report' });
    wall.push(performance.now() - t0);
    const t1 = performance.now();
    await client.query('SELECT * FROM identifiers WHERE id = $1', [id]);
    pkWall.push(performance.now() - t1);
  }
  await client.end();
  await database.close();

  const result = {
    benchmark: 'identifiers-where-seen',
    at: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    postgres: serverUrl.replace(/\/\/[^@]*@/, '//…@'),
    data: {
      occurrences: Number(sizeRows[0]?.occ),
      identifiers: Number(sizeRows[0]?.ids),
      hottestIdentifierOccurrences: Number(sizeRows[0]?.hottest),
      databaseSize: sizeRows[0]?.size,
      loadSeconds: loadSeconds === null ? null : Number(loadSeconds.toFixed(0)),
    },
    samples: SAMPLES,
    serverSideMs: {
      whereSeenRandom: stats(ws),
      whereSeenHottest100: stats(wsHot),
      primaryKeyRead: stats(pk),
    },
    clientWallMs: { findWhereSeen: stats(wall), primaryKeyRead: stats(pkWall) },
    target: { whereSeenP99Ms: 10 },
    targetMet: percentile(ws, 99) < 10,
  };
  console.log(`Where-seen on ${result.data.occurrences} occurrences over ${result.data.identifiers} identifiers (${result.data.databaseSize})`);
  console.log('                               p50      p95      p99      max   (ms)');
  const line = (name: string, s: ReturnType<typeof stats>) =>
    console.log(`${name.padEnd(28)} ${[s.p50, s.p95, s.p99, s.max].map((v) => v.toFixed(3).padStart(8)).join(' ')}`);
  line('server: where-seen (random)', result.serverSideMs.whereSeenRandom);
  line('server: where-seen (hot 100)', result.serverSideMs.whereSeenHottest100);
  line('server: primary-key read', result.serverSideMs.primaryKeyRead);
  line('client: findWhereSeen', result.clientWallMs.findWhereSeen);
  line('client: primary-key read', result.clientWallMs.primaryKeyRead);
  console.log(`target p99 < 10 ms (random identifiers, server side): ${result.targetMet ? 'met' : 'NOT met'}`);
  mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(path.join(import.meta.dirname, 'results', 'identifiers-where-seen.json'), `${JSON.stringify(result, null, 2)}\n`);
};

await main();
