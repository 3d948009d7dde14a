/**
 * Backups (issue 19 point 6): `vangnet backup` and `vangnet restore` of the same installation against
 * the plain tools in the same run — on PostgreSQL `pg_dump -Fc` + a copy of the data folder, and
 * `pg_restore` into a new database + a copy back; on PGlite a raw copy of the stopped data folder
 * and back. Ours adds encryption (scrypt + AES-256-GCM), the manifest's SHA-256 of every part, a
 * full check of the file before the restore writes anything, and the audit-chain check.
 *
 *   node --import tsx bench/backup-restore.ts
 *   Env: BENCH_REPORTS (20000 fictitious reports of ~1 KB), BENCH_FILES (100 stored files of 256 KB),
 *   BENCH_KINDS (pglite,postgres), TEST_DATABASE_URL (postgres://vangnet:vangnet@127.0.0.1:5432/postgres;
 *   databases vangnet_bench_backup_<pid>_* are made and dropped)
 *
 * The full size (1,000,000 reports, 10,000,000 occurrences) is out of reach on a shared
 * two-core machine; the figures here are per MB, so they scale to it roughly linearly.
 * Prints a table and writes bench/results/backup-restore.json. Not a test.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { loadConfig } from '../src/app/config.ts';
import { createContext } from '../src/app/start.ts';
import { openPglite, openPostgres } from '../src/db/client.ts';
import { loadAuditKeys, verifyAgainstCheckpoint } from '../src/modules/audit/cli.ts';
import { restoreBackup, writeBackup } from '../src/modules/backup/index.ts';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 20_000);
const FILES = Number(process.env.BENCH_FILES ?? 100);
const KINDS = (process.env.BENCH_KINDS ?? 'pglite,postgres').split(',');
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';
const PASSPHRASE = 'fictieve wachtwoordzin voor de benchmark';
const work = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-backup-'));
const dbNames: string[] = [];

const withDb = (name: string) => {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
};
const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  await c.query(sql);
  await c.end();
};
const newDatabase = async (suffix: string) => {
  const name = `vangnet_bench_backup_${process.pid}_${suffix}`;
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  dbNames.push(name);
  return withDb(name);
};
const time = async (work: () => Promise<unknown> | unknown) => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};
const folderBytes = (dir: string): number => Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]);
const pgEnv = (url: string) => {
  const u = new URL(url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) };
  u.password = '';
  return { env, dbname: u.toString() };
};

/** An installation: migrated, audit chain started, fictitious reports and stored files. */
const fill = async (kind: string, dataDir: string) => {
  const env: Record<string, string> = { VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  if (kind === 'postgres') env.DATABASE_URL = await newDatabase('src');
  const config = { ...loadConfig(env), jobs: false };
  const database = kind === 'postgres' ? await openPostgres(env.DATABASE_URL!) : await openPglite({ dataDir });
  const ctx = await createContext(config, { database, logStream: new PassThrough() });
  for (let from = 1; from <= REPORTS; from += 5000) {
    await ctx.database.executor.executeSql(
      `INSERT INTO reports (number, channel, reporter_kind, answers, anonymous, receipt_hash)
       SELECT 'B' || g, 'web', 'family', jsonb_build_object('whatHappened', 'Fictieve melding ' || g || ': ' || repeat(md5(g::text), 28)), true, 'bench-not-a-receipt'
       FROM generate_series($1::int, $2::int) g`,
      [from, Math.min(REPORTS, from + 4999)],
    );
  }
  mkdirSync(path.join(dataDir, 'evidence'), { recursive: true, mode: 0o700 });
  // Stored files are envelope-encrypted base64 text in the app; random base64 is as incompressible.
  for (let i = 0; i < FILES; i += 1) writeFileSync(path.join(dataDir, 'evidence', `${randomBytes(16).toString('hex')}.enc`), randomBytes(192 * 1024).toString('base64url'), { mode: 0o400 });
  await database.close();
  return { config, env };
};

type Row = { kind: string; step: string; ms: number; baselineMs: number; baseline: string; mb: number };
const rows: Row[] = [];

for (const kind of KINDS) {
  const src = path.join(work, `${kind}-src`);
  const { config } = await fill(kind, src);
  const mb = folderBytes(src) / 1e6;
  const backupFile = path.join(work, `${kind}.backup`);
  const ours = await time(() => writeBackup(config, { file: backupFile, passphrase: PASSPHRASE, now: new Date() }));
  const fileMb = statSync(backupFile).size / 1e6;

  // Baseline backup: the plain tools, same data, no encryption, no hashes.
  const rawCopy = path.join(work, `${kind}-raw`);
  let baseline: number;
  let baselineName: string;
  if (kind === 'postgres') {
    const { env, dbname } = pgEnv(config.databaseUrl!);
    const dump = path.join(work, 'plain.dump');
    baseline = await time(() => {
      execFileSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`, `--dbname=${dbname}`], { env });
      cpSync(src, rawCopy, { recursive: true });
    });
    baselineName = 'pg_dump -Fc + copy of the folder';
    rows.push({ kind, step: 'backup', ms: ours, baselineMs: baseline, baseline: baselineName, mb });
    const target = { ...config, databaseUrl: await newDatabase('ours'), dataDir: path.join(work, `${kind}-ours`), masterKeyFile: path.join(work, `${kind}-ours`, 'keys', 'master.key'), auditKeyFile: path.join(work, `${kind}-ours`, 'keys', 'audit.key') };
    const oursRestore = await time(async () => {
      await restoreBackup(target, { file: backupFile, passphrase: PASSPHRASE });
      const database = await openPostgres(target.databaseUrl);
      const verdict = await verifyAgainstCheckpoint(database.db, { dataDir: target.dataDir, keys: loadAuditKeys(target.auditKeyFile, { create: false }) });
      await database.close();
      if (!verdict.ok) throw new Error('audit chain after restore');
    });
    const plainTarget = pgEnv(await newDatabase('plain'));
    const plainRestore = await time(() => {
      execFileSync('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${plainTarget.dbname}`, dump], { env: plainTarget.env });
      cpSync(rawCopy, path.join(work, `${kind}-raw-back`), { recursive: true });
    });
    rows.push({ kind, step: 'restore', ms: oursRestore, baselineMs: plainRestore, baseline: 'pg_restore --single-transaction + copy back', mb });
  } else {
    baseline = await time(() => cpSync(src, rawCopy, { recursive: true }));
    baselineName = 'raw copy of the stopped folder';
    rows.push({ kind, step: 'backup', ms: ours, baselineMs: baseline, baseline: baselineName, mb });
    const dir = path.join(work, `${kind}-ours`);
    const target = { ...config, dataDir: dir, masterKeyFile: path.join(dir, 'keys', 'master.key'), auditKeyFile: path.join(dir, 'keys', 'audit.key') };
    const oursRestore = await time(async () => {
      await restoreBackup(target, { file: backupFile, passphrase: PASSPHRASE });
      const database = await openPglite({ dataDir: dir });
      const verdict = await verifyAgainstCheckpoint(database.db, { dataDir: dir, keys: loadAuditKeys(target.auditKeyFile, { create: false }) });
      await database.close();
      if (!verdict.ok) throw new Error('audit chain after restore');
    });
    const plainRestore = await time(() => cpSync(rawCopy, path.join(work, `${kind}-raw-back`), { recursive: true }));
    rows.push({ kind, step: 'restore', ms: oursRestore, baselineMs: plainRestore, baseline: 'raw copy back', mb });
  }
  console.log(`${kind}: data folder ${mb.toFixed(1)} MB, backup file ${fileMb.toFixed(1)} MB`);
}

console.log(`\nBackup and restore, ${REPORTS} reports + ${FILES} stored files of 256 KB (${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})\n`);
console.log('| database | step | vangnet (s) | baseline (s) | ratio | baseline |');
console.log('|---|---|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.kind} | ${r.step} | ${(r.ms / 1000).toFixed(2)} | ${(r.baselineMs / 1000).toFixed(2)} | ${(r.ms / r.baselineMs).toFixed(1)}× | ${r.baseline} |`);

mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(path.join(import.meta.dirname, 'results', 'backup-restore.json'), `${JSON.stringify({ reports: REPORTS, files: FILES, loadavg: os.loadavg()[0], rows }, null, 2)}\n`);
for (const name of dbNames) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
rmSync(work, { recursive: true, force: true });
