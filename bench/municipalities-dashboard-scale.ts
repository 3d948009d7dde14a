/**
 * Issue 17 at scale, on PostgreSQL with fictitious data (reports, dossiers, ads over two years, spread
 * skewed over the 342 municipalities of the CBS list, plus chain referrals and shares to one partner):
 *  - p95 server time per dashboard page through the real staff app: one municipality (its officer),
 *    the whole country (supervisor), a municipality chosen by a supervisor, and the chain partner's
 *    page; each cold (the figure cache emptied, so the national pre-aggregation pass runs) and
 *    cut from the pre-aggregate (warm), beside the same run's p95 of a bare primary-key read;
 *  - time to make the checklist PDF (tagged, all answers and ten actions);
 *  - the weight of the public checklist pages (HTML; the stylesheet is shared and cached).
 *
 *   node --import tsx bench/municipalities-dashboard-scale.ts
 *
 * Env: BENCH_PG_URL (admin URL of a PostgreSQL server; default the local test cluster),
 * BENCH_SCALE (1 = the issue's 1,000,000 reports, 200,000 dossiers, 1,000,000 ads; default 0.05),
 * BENCH_REQUESTS (40). A scratch database is created and dropped. Prints the size, a table, and
 * writes bench/results/municipalities-dashboard-scale.json. Not a test: nothing fails on speed.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { MUNICIPALITY_OPTIONS } from '../src/app/cbs-municipalities.ts';
import { loadConfig } from '../src/app/config.ts';
import { buildPublicServer } from '../src/app/public-server.ts';
import { createContext } from '../src/app/start.ts';
import { buildStaffServer } from '../src/app/staff-server.ts';
import { hashPassword } from '../src/modules/accounts/sign-in/passwords.ts';
import { insertOrganisation, insertUser } from '../src/modules/accounts/queries.ts';
import { currentTotp, newTotpSecret } from '../src/modules/accounts/sign-in/totp.ts';
import { summarise } from '../src/modules/municipalities/checklist/answers.ts';
import { ALL_QUESTIONS } from '../src/modules/municipalities/checklist/checklist-content.ts';
import { clearFigureCache } from '../src/modules/municipalities/dashboard/figure-cache.ts';
import { upsertProfile } from '../src/modules/municipalities/queries.ts';
import { renderChecklistPdf } from '../src/modules/municipalities/checklist/render-checklist-pdf.ts';
import { TestClient } from '../test/support/client.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCALE = Number(process.env.BENCH_SCALE ?? 0.05);
const REPORTS = Math.round(1_000_000 * SCALE);
const DOSSIERS = Math.round(200_000 * SCALE);
const ADS = Math.round(1_000_000 * SCALE);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const ADMIN_URL = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';

const p = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 100) / 100;
};
const timed = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return performance.now() - started;
};

const dbName = `vangnet_bench_figures_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-figures-'));
const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS: 'off', DATABASE_URL: url.toString() }), jobs: false };
const ctx = await createContext(config);

try {
  const seedStarted = performance.now();
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const passwordHash = await hashPassword(password);
  const org = await insertOrganisation(ctx.db, { name: 'Gemeente Benchdorp (fictief)', kind: 'municipality' });
  await upsertProfile(ctx.db, { organisationId: org.id, cbsCode: 'GM0153', region: 'Benchregio (fictief)', now: new Date() });
  const mkUser = async (name: string, roles: string[], organisationId: string | null) => {
    const totp = newTotpSecret();
    const user = await insertUser(ctx.db, { email: `${name.toLowerCase().replace(/\W/g, '')}@vangnet.test`, name, passwordHash, roles, organisationId, totpSecretEnc: ctx.keys.encrypt(totp) });
    return { user, totp };
  };
  const supervisor = await mkUser('Bench Teamleider', ['supervisor'], null);
  const officer = await mkUser('Bench Beleid', ['municipality'], org.id);
  const codes = sql.raw(`ARRAY[${MUNICIPALITY_OPTIONS.map((o) => `'${o.code}'`).join(',')}, NULL]`);
  const places = sql.raw(`ARRAY[${MUNICIPALITY_OPTIONS.map((o) => `'${o.name.replace(/'/g, "''")}'`).join(',')}, NULL]`);
  const nCodes = MUNICIPALITY_OPTIONS.length + 1;
  // Skewed: low indexes (by name) get many more reports than the tail, so both big and small cells exist.
  await ctx.db.execute(sql`
    INSERT INTO reports (number, channel, reporter_kind, urgent, minor_at_risk, answers, anonymous, receipt_hash, municipality_code, created_at)
    SELECT 'B' || lpad(to_hex(g), 8, '0'), 'web', (ARRAY['victim','family','bystander','professional','hotel','client','ex_perpetrator'])[1 + g % 7],
      g % 7 = 0, g % 3 <> 0, '{"whatHappened":"Fictieve benchmelding"}'::jsonb, true, 'bench-not-a-receipt',
      (${codes})[1 + floor(${nCodes} * power(random(), 2))::int], now() - random() * interval '730 days'
    FROM generate_series(1, ${REPORTS}) g`);
  await ctx.db.execute(sql`
    INSERT INTO dossiers (title, status, created_by, created_at, updated_at)
    SELECT 'Benchdossier ' || g, (ARRAY['open','investigation','decision','handed_over','referred','closed'])[1 + g % 6], ${supervisor.user.id},
      now() - random() * interval '730 days', now()
    FROM generate_series(1, ${DOSSIERS}) g`);
  await ctx.db.execute(sql`
    INSERT INTO dossier_reports (dossier_id, report_id, linked_by)
    SELECT d.id, r.id, ${supervisor.user.id}
      FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM dossiers) d
      JOIN (SELECT id, row_number() OVER (ORDER BY id) n FROM reports) r ON r.n = d.n`);
  const [source] = (
    (await ctx.db.execute(sql`
      INSERT INTO monitor_sources (name, start_urls, allowed_url_patterns, selectors, legal_basis)
      VALUES ('Benchbron (fictief)', ARRAY['http://bench.invalid/'], ARRAY['^http://bench\\.invalid/'], '{}'::jsonb, 'bench') RETURNING id`)) as unknown as { rows: { id: string }[] }
  ).rows;
  await ctx.db.execute(sql`
    INSERT INTO ads (source_id, url, title, text, place, place_normalised, content_hash, first_seen_at)
    SELECT ${source!.id}, 'http://bench.invalid/ad/' || g, 'Advertentie ' || g, 'Fictieve benchtekst', p, p, md5(g::text), now() - random() * interval '730 days'
    FROM generate_series(1, ${ADS}) g, LATERAL (SELECT (${places})[1 + floor(${nCodes} * power(random(), 2))::int + (g * 0)] AS p) pl`);
  // Chain: referrals (one in 20 dossiers) and shares (one in 50) to one partner organisation.
  const partnerOrg = await insertOrganisation(ctx.db, { name: 'Benchpartner ZVH (fictief)', kind: 'zvh' });
  await ctx.db.execute(sql`
    INSERT INTO chain_referrals (dossier_id, organisation_id, purpose, basis, question, status, answer_by, created_by, created_at)
    SELECT d.id, ${partnerOrg.id}, 'care_referral', 'exception:bench', 'Fictieve benchvraag',
      (ARRAY['sent','received','accepted','declined','contact_made','care_started','no_contact','closed'])[1 + (d.n % 8)::int], current_date + 5, ${supervisor.user.id}, d.created_at
      FROM (SELECT id, created_at, row_number() OVER (ORDER BY id) n FROM dossiers) d WHERE d.n % 20 = 0`);
  await ctx.db.execute(sql`
    INSERT INTO chain_shares (dossier_id, organisation_id, purpose, basis, reason, sections, ends_on, shared_by, created_at)
    SELECT d.id, ${partnerOrg.id}, 'zvh_sharing', 'exception:bench', 'Fictieve benchreden', ARRAY['summary'], current_date + (d.n % 60)::int - 30, ${supervisor.user.id}, d.created_at
      FROM (SELECT id, created_at, row_number() OVER (ORDER BY id) n FROM dossiers) d WHERE d.n % 50 = 0`);
  const partnerUser = await mkUser('Bench Partner', ['partner'], partnerOrg.id);
  await ctx.db.execute(sql`ANALYZE`);
  const seedMs = Math.round(performance.now() - seedStarted);

  const app = await buildStaffServer(ctx);
  await app.ready();
  const signIn = async (u: { user: { email: string }; totp: string }) => {
    const c = new TestClient(app);
    await c.get('/inloggen');
    await c.post('/inloggen', { email: u.user.email, password });
    await c.get('/inloggen/code');
    const res = await c.post('/inloggen/code', { code: currentTotp(u.totp) });
    if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
    return c;
  };
  const sup = await signIn(supervisor);
  const mun = await signIn(officer);
  const par = await signIn(partnerUser);
  const now = new Date();
  const to = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const fromDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const from = `${fromDate.getUTCFullYear()}-${String(fromDate.getUTCMonth() + 1).padStart(2, '0')}`;
  const page = (client: TestClient, pathAndQuery: () => string, cold: boolean) => async () => {
    if (cold) clearFigureCache(ctx);
    const url = pathAndQuery();
    const res = await client.get(url);
    if (res.statusCode !== 200) throw new Error(`dashboard ${url}: ${res.statusCode}`);
  };
  const ids = ((await ctx.db.execute(sql`SELECT id FROM reports ORDER BY random() LIMIT ${REQUESTS}`)) as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  const baseline: number[] = [];
  for (const id of ids) baseline.push(await timed(() => ctx.db.execute(sql`SELECT id, status FROM reports WHERE id = ${id}`)));
  const run = async (fn: () => Promise<void>, n: number) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) xs.push(await timed(fn));
    return xs;
  };
  const q = `van=${from}&tot=${to}`;
  const coldRuns = Math.max(5, Math.round(REQUESTS / 4));
  // A different municipality every time: the first view of that area, cut from the national pre-aggregate.
  let i = 0;
  const anyMunicipality = () => `/cijfers?${q}&gemeente=${MUNICIPALITY_OPTIONS[(i++ * 37) % MUNICIPALITY_OPTIONS.length]?.code}`;
  const munCold = await run(page(mun, () => `/cijfers?${q}`, true), coldRuns);
  const munWarm = await run(page(mun, () => `/cijfers?${q}`, false), REQUESTS);
  const natCold = await run(page(sup, () => `/cijfers?${q}`, true), coldRuns);
  const natWarm = await run(page(sup, () => `/cijfers?${q}`, false), REQUESTS);
  const otherWarm = await run(page(sup, anyMunicipality, false), REQUESTS);
  const parCold = await run(page(par, () => `/cijfers/keten?${q}`, true), coldRuns);
  const parWarm = await run(page(par, () => `/cijfers/keten?${q}`, false), REQUESTS);
  const natBytes = (await sup.get(`/cijfers?${q}`)).body.length;

  // The checklist PDF with every question answered and ten actions.
  const answers = Object.fromEntries(ALL_QUESTIONS.map((qq, i) => [qq.id, { answer: ['yes', 'partly', 'no', 'unknown'][i % 4] ?? 'yes', note: `Fictieve toelichting bij ${qq.id}` }]));
  const actions = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, assessmentId: 'x', questionId: ALL_QUESTIONS[i]?.id ?? 'k1', action: `Actie ${i}`, owner: 'Beleid', dueOn: '2026-12-31', status: 'todo', version: 1, createdBy: 'x', createdAt: now, updatedAt: now }));
  const pdfTimes = await run(async () => {
    await renderChecklistPdf({ heading: 'Benchdorp, 2026', generatedAt: now, answers, summary: summarise(answers), actions });
  }, 20);

  // Weight of the public checklist pages.
  const pub = await buildPublicServer(ctx);
  await pub.ready();
  const weights: Record<string, number> = {};
  for (const path of ['/gemeenten/checklist', '/gemeenten/checklist/kennis', '/gemeenten/checklist/preventie', '/gemeenten/checklist/signaleren', '/gemeenten/checklist/samenwerken', '/gemeenten/checklist/opvang', '/gemeenten/checklist/overzicht']) {
    const res = await pub.inject({ method: 'GET', url: path });
    weights[path] = res.rawPayload.length;
  }
  const css = (await pub.inject({ method: 'GET', url: '/assets/vangnet.css' })).rawPayload.length;
  await pub.close();
  await app.close();

  const result = {
    scale: SCALE,
    rows: { reports: REPORTS, dossiers: DOSSIERS, ads: ADS },
    seedMs,
    requests: REQUESTS,
    p95ms: {
      baselinePrimaryKeyRead: p(baseline, 0.95),
      municipalityDashboardCold: p(munCold, 0.95),
      municipalityDashboardPreAggregated: p(munWarm, 0.95),
      anyMunicipalityFirstViewPreAggregated: p(otherWarm, 0.95),
      nationalDashboardCold: p(natCold, 0.95),
      nationalDashboardPreAggregated: p(natWarm, 0.95),
      partnerDashboardCold: p(parCold, 0.95),
      partnerDashboardCached: p(parWarm, 0.95),
      checklistPdf: p(pdfTimes, 0.95),
    },
    nationalPageBytes: natBytes,
    checklistPageBytes: weights,
    stylesheetBytes: css,
    preAggregated:
      'one national pass per 36-month window: counts per figure x municipality x Amsterdam month, in memory per process (dashboard/load-dashboard.ts figureWindow, dashboard/figure-cache.ts); every municipality, region and national page and every period inside the window is cut from it; counted again after 10 minutes behind the pages (served stale meanwhile), at most 20 minutes stale; nothing per person, nothing on disk. Partner pages: counts per organisation x month, same 10-minute cache.',
  };
  console.log(`size: scale ${SCALE} = ${REPORTS} reports, ${DOSSIERS} dossiers, ${ADS} ads, ${Math.floor(DOSSIERS / 20)} referrals, ${Math.floor(DOSSIERS / 50)} shares (seeded in ${seedMs} ms)`);
  console.table(result.p95ms);
  console.table(weights);
  console.log(`stylesheet ${css} bytes (shared, cached); national dashboard page ${natBytes} bytes`);
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results', 'municipalities-dashboard-scale.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await ctx.database.close();
  rmSync(dataDir, { recursive: true, force: true });
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
