/**
 * Dossier figures (issue 4): with 100,000 fictitious reports and 20,000 dossiers on PostgreSQL,
 *  - p95 server time of the dossier page (GET /dossiers/:id, supervisor, through the real staff app),
 *  - p95 server time of a search (GET /dossiers/zoeken?q=…, supervisor and an investigator),
 * each beside the same run's p95 of a bare indexed primary-key read of one dossier row; and
 *  - build and verify time of a handover package with 200 evidence items (tagged PDF, dossier.json,
 *    decrypt + hash check of every item, Ed25519-signed ZIP, custody events), against SHA-256 of the
 *    same evidence bytes as baseline.
 *
 *   node --import tsx bench/cases-dossiers.ts
 *
 * Env: BENCH_PG_URL (admin URL of a PostgreSQL server; default the local test cluster), BENCH_REQUESTS
 * (200). A scratch database is created and dropped. Prints a table and writes
 * bench/results/cases-dossiers.json. Not a test: nothing fails on speed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../src/app/config.ts';
import { createContext } from '../src/app/start.ts';
import { buildStaffServer } from '../src/app/staff-server.ts';
import { hashPassword } from '../src/modules/accounts/sign-in/passwords.ts';
import { insertUser } from '../src/modules/accounts/queries.ts';
import { currentTotp, newTotpSecret } from '../src/modules/accounts/sign-in/totp.ts';
import { addEvidenceFile } from '../src/modules/evidence/items/add-evidence-file.ts';
import { collectEvidenceFiles } from '../src/modules/evidence/package/collect-evidence-files.ts';
import { buildSignedPackage } from '../src/modules/evidence/package/build-signed-package.ts';
import { loadSigningKey } from '../src/modules/evidence/package/signing-key.ts';
import { verifySignedPackage } from '../src/modules/evidence/package/verify-signed-package.ts';
import { approveHandover, readHandoverPackage } from '../src/modules/cases/handover/hand-over.ts';
import { buildHandoverContent } from '../src/modules/cases/handover/handover-content.ts';
import { findHandover, insertHandover } from '../src/modules/cases/queries/handover.ts';
import { renderHandoverPdf } from '../src/modules/cases/handover/render-handover-pdf.ts';
import { dossiers } from '../src/modules/cases/schema.ts';
import { TestClient } from '../test/support/client.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = 100_000;
const DOSSIERS = 20_000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const EVIDENCE = 200;
const ADMIN_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';

const WORDS = ['scooter', 'station', 'vriendje', 'geld', 'telefoon', 'Zwolle', 'Deventer', 'Utrecht', 'hotel', 'feestje', 'school', 'moeder', 'oudere', 'jongen', 'kleding', 'cadeaus', 'snapchat', 'instagram', 'auto', 'weekend', 'weglopen', 'spijbelen', 'advertentie', 'afspraak', 'vriendin', 'chat', 'foto', 'schuld', 'dreiging', 'kamer'];

const p = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 100) / 100;
};
const timed = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};

const dbName = `vangnet_bench_cases_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-cases-'));
const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS: 'off', DATABASE_URL: url.toString() }), jobs: false };
const ctx = await createContext(config);

try {
  // ── fictitious data ──
  const seedStarted = performance.now();
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const passwordHash = await hashPassword(password);
  const mkUser = async (name: string, roles: string[]) => {
    const totp = newTotpSecret();
    const user = await insertUser(ctx.db, { email: `${name.toLowerCase().replace(/\W/g, '')}-${randomBytes(3).toString('hex')}@vangnet.test`, name, passwordHash, roles, organisationId: null, totpSecretEnc: ctx.keys.encrypt(totp) });
    return { user, totp };
  };
  const supervisor = await mkUser('Bench Teamleider', ['supervisor']);
  const supervisor2 = await mkUser('Bench Teamleider Twee', ['supervisor']);
  const investigators = [];
  for (let i = 0; i < 20; i += 1) investigators.push(await mkUser(`Bench Onderzoeker ${i}`, ['investigator']));
  const invIds = investigators.map((i) => i.user.id);
  const words = sql.raw(`ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}]`);
  const n = WORDS.length;
  const pick = (mul: number) => sql.raw(`(${'w'}[1 + ((g * ${mul}) % ${n})])`);
  await ctx.db.execute(sql`
    INSERT INTO reports (number, channel, reporter_kind, answers, anonymous, receipt_hash, created_at)
    SELECT 'B' || lpad(to_hex(g), 7, '0'), 'web', 'family',
      jsonb_build_object('whatHappened', 'Melding over ' || ${pick(7)} || ' en ' || ${pick(11)} || ', gezien bij ' || ${pick(13)} || ' met ' || ${pick(17)}),
      true, 'bench-not-a-receipt', now() - (g || ' minutes')::interval
    FROM generate_series(1, ${REPORTS}) g, (SELECT ${words} AS w) words`);
  await ctx.db.execute(sql`
    INSERT INTO dossiers (title, priority, status, summary, created_by, created_at, updated_at)
    SELECT 'Dossier ' || g || ': ' || ${pick(3)} || ' ' || ${pick(5)}, 'normal', (ARRAY['open','investigation','decision'])[1 + g % 3],
      'Vermoeden op grond van ' || ${pick(19)} || ' en ' || ${pick(23)}, ${supervisor.user.id}, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
    FROM generate_series(1, ${DOSSIERS}) g, (SELECT ${words} AS w) words`);
  await ctx.db.execute(sql`
    CREATE UNLOGGED TABLE bench_d AS SELECT id, row_number() OVER (ORDER BY created_at DESC, id) AS n FROM dossiers;
    CREATE UNLOGGED TABLE bench_r AS SELECT id, row_number() OVER (ORDER BY number) AS n FROM reports;`);
  const invArray = sql.raw(`ARRAY[${invIds.map((id) => `'${id}'::uuid`).join(',')}]`);
  await ctx.db.execute(sql`INSERT INTO dossier_assignees (dossier_id, user_id, added_by) SELECT d.id, (${invArray})[1 + d.n % 20], ${supervisor.user.id} FROM bench_d d`);
  await ctx.db.execute(sql`INSERT INTO dossier_reports (dossier_id, report_id, linked_by) SELECT d.id, r.id, ${supervisor.user.id} FROM bench_d d JOIN bench_r r ON r.n IN (d.n * 5 - 4, d.n * 5 - 3)`);
  await ctx.db.execute(sql`
    INSERT INTO dossier_criteria (dossier_id, criterion) SELECT d.id, c FROM bench_d d, unnest(ARRAY['suspect_known','coerced_boundaries','economic_gain']) c;
    INSERT INTO dossier_plan_steps (dossier_id, step) SELECT d.id, s FROM bench_d d, generate_series(1, 5) s;
    INSERT INTO dossier_risks (dossier_id, risk) SELECT d.id, r FROM bench_d d, unnest(ARRAY['violence','coercion','exploitation']) r;`);
  await ctx.db.execute(sql`
    INSERT INTO subjects (dossier_id, role, name, aliases, age, place, created_by)
    SELECT d.id, (ARRAY['possible_victim','suspected_trafficker'])[k], 'Persoon ' || d.n || '-' || k, 'alias' || d.n, 14 + k, ${pick(29)}, ${supervisor.user.id}
    FROM bench_d d, generate_series(1, 2) k, (SELECT ${words} AS w) words, LATERAL (SELECT d.n + k AS g) gg`);
  await ctx.db.execute(sql`
    INSERT INTO signals (dossier_id, category, kind, text, source, recorded_by)
    SELECT d.id, (ARRAY['appearance','behaviour','towards_others'])[k], 'fact', 'Signaal: ' || ${pick(31)} || ' en ' || ${pick(37)}, 'Bron ' || k, ${supervisor.user.id}
    FROM bench_d d, generate_series(1, 3) k, (SELECT ${words} AS w) words, LATERAL (SELECT d.n * 3 + k AS g) gg`);
  await ctx.db.execute(sql`
    INSERT INTO dossier_notes (dossier_id, body, author_id) SELECT d.id, 'Notitie over ' || ${pick(41)}, ${supervisor.user.id}
    FROM bench_d d, generate_series(1, 2) k, (SELECT ${words} AS w) words, LATERAL (SELECT d.n * 2 + k AS g) gg`);
  await ctx.db.execute(sql`
    INSERT INTO dossier_tasks (dossier_id, title, assignee_id, created_by) SELECT d.id, 'Taak ' || k, (${invArray})[1 + d.n % 20], ${supervisor.user.id} FROM bench_d d, generate_series(1, 2) k`);
  await ctx.db.execute(sql`INSERT INTO dossier_events (dossier_id, actor_id, kind, details) SELECT d.id, ${supervisor.user.id}, 'created', '{}'::jsonb FROM bench_d d`);
  await ctx.db.execute(sql`ANALYZE`);
  const seedMs = Math.round(performance.now() - seedStarted);

  // ── server timings through the real staff app ──
  const app = await buildStaffServer(ctx);
  await app.ready();
  const signIn = async (u: { user: { email: string; id: string }; totp: string }) => {
    const c = new TestClient(app);
    await c.get('/inloggen');
    await c.post('/inloggen', { email: u.user.email, password });
    await c.get('/inloggen/code');
    const res = await c.post('/inloggen/code', { code: currentTotp(u.totp) });
    if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
    return c;
  };
  const sup = await signIn(supervisor);
  const inv = await signIn(investigators[0]!);
  const ids = (await ctx.db.execute(sql`SELECT id FROM dossiers ORDER BY random() LIMIT ${REQUESTS}`)) as unknown as { rows: { id: string }[] };
  const sample = ids.rows.map((r) => r.id);

  const pkMs: number[] = [];
  const pageMs: number[] = [];
  for (const id of sample.slice(0, 20)) {
    await sup.get(`/dossiers/${id}`); // warm-up
    await ctx.db.select().from(dossiers).where(eq(dossiers.id, id));
  }
  for (const id of sample) {
    pkMs.push(await timed(() => ctx.db.select().from(dossiers).where(eq(dossiers.id, id))));
    pageMs.push(
      await timed(async () => {
        const res = await sup.get(`/dossiers/${id}`);
        if (res.statusCode !== 200) throw new Error(`dossier page ${res.statusCode}`);
      }),
    );
  }
  const searchSupMs: number[] = [];
  const searchInvMs: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const q = encodeURIComponent(`${WORDS[i % n]} ${WORDS[(i * 7 + 3) % n]}`);
    searchSupMs.push(await timed(async () => {
      const res = await sup.get(`/dossiers/zoeken?q=${q}`);
      if (res.statusCode !== 200) throw new Error(`search ${res.statusCode}`);
    }));
    searchInvMs.push(await timed(() => inv.get(`/dossiers/zoeken?q=${q}`)));
  }

  // ── handover package with 200 evidence items ──
  const target = sample[0]!;
  await ctx.db.execute(sql`UPDATE dossiers SET status = 'decision' WHERE id = ${target}`);
  await ctx.db.execute(sql`INSERT INTO consents (dossier_id, purpose, given_by, method, scope, given_on, recorded_by) VALUES (${target}, 'police_om', 'reporter', 'written', 'Bench', '2026-11-20', ${supervisor.user.id})`);
  const actor = { id: supervisor.user.id, name: supervisor.user.name, roles: ['supervisor'], organisationId: null, ip: null };
  let evidenceBytes = 0;
  const hasher = createHash('sha256');
  const chunks: Buffer[] = [];
  for (let i = 0; i < EVIDENCE; i += 1) {
    const bytes = randomBytes(16_384 + (i % 8) * 16_384);
    evidenceBytes += bytes.length;
    chunks.push(bytes);
    await addEvidenceFile(ctx, { actor, bytes, title: `Schermafdruk ${i + 1} (bench)`, sourceDescription: 'Benchmark', dossierId: target, maxBytes: 10_000_000 });
  }
  const baselineMs = await timed(async () => {
    for (const c of chunks) hasher.update(c);
    hasher.digest('hex');
  });
  const [dossierRow] = await ctx.db.select().from(dossiers).where(eq(dossiers.id, target));
  const buildRuns: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    buildRuns.push(
      await timed(async () => {
        const content = await buildHandoverContent(ctx, { dossier: dossierRow!, actor, recipient: 'Politie (bench)', basis: 'bench', grounds: { kind: 'report_consent', reportId: 'bench', consentId: 0, givenAt: new Date() }, withReporterIdentity: false });
        const pdf = await renderHandoverPdf(content);
        const { files } = await collectEvidenceFiles(ctx, content.evidence.map((e) => e.id));
        buildSignedPackage({ files: [{ path: 'overdracht.pdf', bytes: pdf }, { path: 'dossier.json', bytes: Buffer.from(JSON.stringify(content)) }, ...files], metadata: {}, key: loadSigningKey(config.dataDir), software: 'bench' });
      }),
    );
  }
  const handover = await insertHandover(ctx.db, { dossierId: target, recipient: 'Politie (bench)', basis: 'bench', requestedBy: supervisor2.user.id });
  const approveMs = await timed(async () => {
    const r = await approveHandover(ctx, { dossier: dossierRow!, actor, via: 'supervisor', scope: 'full', canEdit: true }, handover.id, 'nl');
    if (!r.ok) throw new Error(JSON.stringify(r.form));
  });
  const stored = await findHandover(ctx.db, target, handover.id);
  const zip = readHandoverPackage(ctx, stored!)!;
  const verifyRuns: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    verifyRuns.push(await timed(async () => {
      if (!verifySignedPackage(zip).ok) throw new Error('package did not verify');
    }));
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0);

  const result = {
    database: `PostgreSQL ${((await ctx.db.execute(sql`SHOW server_version`)) as unknown as { rows: { server_version: string }[] }).rows[0]?.server_version}`,
    data: { reports: REPORTS, dossiers: DOSSIERS, seedMs },
    requests: REQUESTS,
    pkReadMs: { p50: p(pkMs, 0.5), p95: p(pkMs, 0.95) },
    dossierPageMs: { p50: p(pageMs, 0.5), p95: p(pageMs, 0.95), timesPkP95: Math.round(p(pageMs, 0.95) / p(pkMs, 0.95)) },
    searchSupervisorMs: { p50: p(searchSupMs, 0.5), p95: p(searchSupMs, 0.95), timesPkP95: Math.round(p(searchSupMs, 0.95) / p(pkMs, 0.95)) },
    searchInvestigatorMs: { p50: p(searchInvMs, 0.5), p95: p(searchInvMs, 0.95), timesPkP95: Math.round(p(searchInvMs, 0.95) / p(pkMs, 0.95)) },
    handoverPackage: {
      evidenceItems: EVIDENCE,
      evidenceMB: Math.round((evidenceBytes / 1_048_576) * 10) / 10,
      packageMB: Math.round((zip.length / 1_048_576) * 10) / 10,
      baselineSha256Ms: Math.round(baselineMs),
      buildMedianMs: median(buildRuns),
      approveWithStoreAndCustodyMs: Math.round(approveMs),
      verifyMedianMs: median(verifyRuns),
    },
  };
  console.log(`Dossiers on ${result.database}: ${REPORTS} reports, ${DOSSIERS} dossiers (seeded in ${seedMs} ms), ${REQUESTS} requests each`);
  console.log(`  baseline: bare primary-key read       p50 ${result.pkReadMs.p50} ms   p95 ${result.pkReadMs.p95} ms`);
  console.log(`  dossier page (supervisor)             p50 ${result.dossierPageMs.p50} ms   p95 ${result.dossierPageMs.p95} ms  (${result.dossierPageMs.timesPkP95}× baseline p95)`);
  console.log(`  search (supervisor, all dossiers)     p50 ${result.searchSupervisorMs.p50} ms   p95 ${result.searchSupervisorMs.p95} ms  (${result.searchSupervisorMs.timesPkP95}× baseline p95)`);
  console.log(`  search (investigator, own dossiers)   p50 ${result.searchInvestigatorMs.p50} ms   p95 ${result.searchInvestigatorMs.p95} ms  (${result.searchInvestigatorMs.timesPkP95}× baseline p95)`);
  const h = result.handoverPackage;
  console.log(`  handover package, ${h.evidenceItems} items (${h.evidenceMB} MB evidence, ${h.packageMB} MB package):`);
  console.log(`    baseline SHA-256 of the evidence bytes ${h.baselineSha256Ms} ms`);
  console.log(`    build (content, PDF, decrypt+check, sign, zip)  median ${h.buildMedianMs} ms`);
  console.log(`    approve (build + encrypt/store + custody events) ${h.approveWithStoreAndCustodyMs} ms`);
  console.log(`    verify (unzip, signature, every hash)           median ${h.verifyMedianMs} ms`);
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results', 'cases-dossiers.json'), `${JSON.stringify(result, null, 2)}\n`);
  await app.close();
} finally {
  await ctx.database.close();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  rmSync(dataDir, { recursive: true, force: true });
}
