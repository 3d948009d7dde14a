/**
 * Partner inbox figures (issue 16): a partner organisation with 5,000 shares among 100,000
 * fictitious dossiers on PostgreSQL. In one run, each timed BENCH_REQUESTS times:
 *  - baseline: a bare primary-key read of one share row;
 *  - a plain list query (the organisation's newest 200 shares, no liveness);
 *  - the old inbox path: that list, then cases' canHandOver once per share (four queries each);
 *  - the new inbox path: one query that judges every share (chain/queries/live-shares.ts) and
 *    returns the newest 200 live and 20 ended;
 *  - the whole partner inbox loader (referrals too) as GET /keten runs it.
 * A tenth of the shares lost their consent (withdrawn), a tenth are stopped, a tenth are past their end day.
 *
 *   node --import tsx bench/chain-inbox.ts
 *
 * Env: BENCH_PG_URL (admin URL; default the local test cluster), BENCH_REQUESTS (50). A scratch
 * database is created and dropped. Prints a table and writes bench/results/chain-inbox.json.
 * Not a test: nothing fails on speed.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/app/config.ts';
import { createContext } from '../src/app/start.ts';
import { insertOrganisation, insertUser } from '../src/modules/accounts/queries.ts';
import { loadInbox } from '../src/modules/chain/load-pages.ts';
import { findShare, listSharesForOrganisation } from '../src/modules/chain/queries.ts';
import { selectInboxShares } from '../src/modules/chain/queries/live-shares.ts';
import { amsterdamDay } from '../src/modules/chain/referrals/workflow.ts';
import { shareIsLive } from '../src/modules/chain/sharing/open-shared-dossier.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DOSSIERS = 100_000;
const SHARES = 5_000;
const LIST = 200;
const ENDED = 20;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const ADMIN_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (f: number) => Math.round((s[Math.min(s.length - 1, Math.floor(f * s.length))] ?? 0) * 100) / 100;
  return { p50: q(0.5), p95: q(0.95) };
};
const runs = async (fn: () => Promise<unknown>) => {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return stats(out);
};

const dbName = `vangnet_bench_chain_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-chain-'));
const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS: 'off', DATABASE_URL: url.toString() }), jobs: false };
const ctx = await createContext(config);

try {
  // ── fictitious data ──
  const seedStarted = performance.now();
  const sup = await insertUser(ctx.db, { email: `bench-sup-${randomBytes(3).toString('hex')}@vangnet.test`, name: 'Bench Teamleider (fictief)', passwordHash: 'x', roles: ['supervisor'], organisationId: null, totpSecretEnc: null });
  const org = await insertOrganisation(ctx.db, { name: 'Zorg- en Veiligheidshuis Bench (fictief)', kind: 'zvh' });
  const other = await insertOrganisation(ctx.db, { name: 'Zorgaanbieder Bench (fictief)', kind: 'care' });
  const partner = await insertUser(ctx.db, { email: `bench-partner-${randomBytes(3).toString('hex')}@vangnet.test`, name: 'Bench Partner (fictief)', passwordHash: 'x', roles: ['partner'], organisationId: org.id, totpSecretEnc: null });
  await ctx.db.execute(sql`
    CREATE TEMP TABLE bench_d AS
    SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, ${DOSSIERS}) g`);
  await ctx.db.execute(sql`INSERT INTO dossiers (id, title, created_by) SELECT id, 'Bench-dossier ' || n || ' (fictief)', ${sup.id} FROM bench_d`);
  // Every dossier has a possible victim with an age; 1 in 3 has a consent for the ZVH.
  await ctx.db.execute(sql`INSERT INTO subjects (dossier_id, role, age, created_by) SELECT id, 'possible_victim', 13 + n % 6, ${sup.id} FROM bench_d`);
  await ctx.db.execute(sql`
    INSERT INTO consents (dossier_id, purpose, given_by, method, scope, given_on, recorded_by, withdrawn_at, withdrawn_by)
    SELECT id, 'zvh_sharing', 'reporter', 'written', 'Bench (fictief)', '2026-11-20', ${sup.id},
      CASE WHEN n % 10 = 1 THEN now() END, CASE WHEN n % 10 = 1 THEN ${sup.id}::uuid END
    FROM bench_d WHERE n % 3 = 1 OR n <= ${SHARES}`);
  // The partner's 5,000 shares (dossiers 1..5000), and as many for another organisation.
  await ctx.db.execute(sql`
    INSERT INTO chain_shares (dossier_id, organisation_id, purpose, basis, reason, sections, ends_on, shared_by, created_at, revoked_at, revoked_by)
    SELECT id, ${org.id}, 'zvh_sharing', 'bench', 'Casusoverleg ' || n || ' (fictief)', ARRAY['summary', 'plan'],
      CASE WHEN n % 10 = 2 THEN DATE '2026-01-31' ELSE DATE '2027-12-31' END, ${sup.id},
      now() - make_interval(mins => n), CASE WHEN n % 10 = 3 THEN now() END, CASE WHEN n % 10 = 3 THEN ${sup.id}::uuid END
    FROM bench_d WHERE n <= ${SHARES}`);
  await ctx.db.execute(sql`
    INSERT INTO chain_shares (dossier_id, organisation_id, purpose, basis, reason, sections, ends_on, shared_by)
    SELECT id, ${other.id}, 'care_referral', 'bench', 'Zorg ' || n || ' (fictief)', ARRAY['summary'], DATE '2027-12-31', ${sup.id}
    FROM bench_d WHERE n > ${SHARES} AND n <= ${2 * SHARES}`);
  await ctx.db.execute(sql`ANALYZE`);
  const seedMs = Math.round(performance.now() - seedStarted);

  const today = amsterdamDay(ctx.clock.now());
  const someShare = (await listSharesForOrganisation(ctx.db, org.id, 1))[0]!.id;
  const actor = { id: partner.id, name: partner.name, roles: ['partner'], organisationId: org.id , ip: null } as unknown as Parameters<typeof loadInbox>[1];

  const oldPath = async () => {
    const live = [];
    for (const s of await listSharesForOrganisation(ctx.db, org.id, LIST)) if (await shareIsLive(ctx, s)) live.push(s);
    return live;
  };
  const newPath = () => selectInboxShares(ctx.db, org.id, today, LIST, ENDED);
  // The two paths agree on the newest 200 (the old one could not look further).
  const oldLive = new Set((await oldPath()).map((s) => s.id));
  const newLive = (await newPath()).filter((s) => s.live);
  const newestIds = new Set((await listSharesForOrganisation(ctx.db, org.id, LIST)).map((s) => s.id));
  const agree = newLive.filter((s) => newestIds.has(s.id)).every((s) => oldLive.has(s.id)) && [...oldLive].every((id) => newLive.some((s) => s.id === id));

  const pk = await runs(() => findShare(ctx.db, someShare));
  const list = await runs(() => listSharesForOrganisation(ctx.db, org.id, LIST));
  const oldT = await runs(oldPath);
  const newT = await runs(newPath);
  const loader = await runs(() => loadInbox(ctx, actor));
  const ratio = (x: { p95: number }) => Math.round((x.p95 / Math.max(pk.p95, 0.01)) * 10) / 10;
  const result = {
    database: 'postgres',
    dossiers: DOSSIERS,
    sharesOfPartner: SHARES,
    requests: REQUESTS,
    seedMs,
    pathsAgreeOnNewest200: agree,
    liveListed: newLive.length,
    pkReadMs: pk,
    plainListMs: { ...list, timesPkP95: ratio(list) },
    oldPerShareMs: { ...oldT, timesPkP95: ratio(oldT) },
    newOneQueryMs: { ...newT, timesPkP95: ratio(newT) },
    inboxLoaderMs: { ...loader, timesPkP95: ratio(loader) },
  };
  console.log(`Partner inbox on PostgreSQL: ${DOSSIERS} dossiers, ${SHARES} shares for the partner (seeded in ${seedMs} ms), ${REQUESTS} runs each`);
  console.log(`  baseline: bare primary-key read            p50 ${pk.p50} ms   p95 ${pk.p95} ms`);
  console.log(`  plain list query (newest ${LIST})            p50 ${list.p50} ms   p95 ${list.p95} ms  (${result.plainListMs.timesPkP95}× baseline p95)`);
  console.log(`  old: list + canHandOver per share          p50 ${oldT.p50} ms   p95 ${oldT.p95} ms  (${result.oldPerShareMs.timesPkP95}× baseline p95)`);
  console.log(`  new: one query (newest live + ended)        p50 ${newT.p50} ms   p95 ${newT.p95} ms  (${result.newOneQueryMs.timesPkP95}× baseline p95)`);
  console.log(`  inbox loader (referrals + shares, new)     p50 ${loader.p50} ms   p95 ${loader.p95} ms  (${result.inboxLoaderMs.timesPkP95}× baseline p95)`);
  console.log(`  both paths list the same live shares among the newest ${LIST}: ${agree ? 'yes' : 'NO'}; new path lists ${newLive.length} live`);
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results', 'chain-inbox.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await ctx.database.close();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
