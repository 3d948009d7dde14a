import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/app.ts';
import { testDbKind, testServerUrl, withDatabase } from '../../test/support/db-urls.ts';
import { signIn, signedInAs, type TestUser } from '../../test/support/factories.ts';
import { loadConfig } from '../app/config.ts';
import { buildPublicServer } from '../app/public-server.ts';
import { createContext } from '../app/start.ts';
import { buildStaffServer } from '../app/staff-server.ts';
import { type Database, openPglite, openPostgres } from '../db/client.ts';
import { createDossierVia, insertTestReport } from '../modules/cases/testing.ts';
import { loadAuditKeys, writeCheckpoint } from '../modules/audit/cli.ts';
import { addEvidenceFile } from '../modules/evidence/testing.ts';

/**
 * Issue 19 point 6, as an administrator does it: `vangnet backup` of an installation with a report,
 * a dossier and an evidence file; `vangnet restore` into a new data folder (and, on PostgreSQL, a new
 * empty database); the app started on it shows the report, the dossier and the evidence file through
 * HTTP, and `vangnet verify-audit` passes. A backup with a flipped byte, a cut one and the wrong
 * passphrase are refused in Dutch and leave the target as it was; so is a target that is not empty.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MARKER = 'Fictieve melding voor de back-up-test: hij haalt haar op bij station Zwolle (test)';
const EVIDENCE = Buffer.from('%PDF-1.4 fictief chatverslag voor de back-up-test\n');
const PASSPHRASE = 'een fictieve wachtwoordzin voor de test';

let work: string;
let backupFile: string;
let passFile: string;
let sourceEnv: Record<string, string>;
const drops: (() => Promise<void>)[] = [];
const ids = { report: '', dossier: '', evidence: '', title: 'Back-up-dossier Zwolle (test)' };
let staffUser: TestUser;

const runCli = (env: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env }, timeout: 180_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, out: `${stdout}${stderr}` }),
    );
  });

/** The app on a data folder (and database), as `vangnet start` builds it, without listeners. */
const openSite = async (env: Record<string, string>, database: Database) => {
  const config = { ...loadConfig({ LOG_LEVEL: 'warn', ...env }), jobs: false };
  const ctx = await createContext(config, { database, logStream: new PassThrough() });
  const staffApp = await buildStaffServer(ctx);
  const publicApp = await buildPublicServer(ctx);
  await staffApp.ready();
  await publicApp.ready();

  return {
    ctx,
    staffApp,
    close: async () => {
      await staffApp.close();
      await publicApp.close();
      await database.close();
    },
  };
};

/** A new, empty PostgreSQL database (not from the migrated template): where a restore may go. */
const emptyPostgres = async (): Promise<string> => {
  const name = `vangnet_restore_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  drops.push(async () => {
    const c = new pg.Client({ connectionString: testServerUrl() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  return withDatabase(testServerUrl(), name);
};

const tableCount = async (url: string) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'");
  await c.end();

  return rows[0]!.n;
};

/** A target: a data folder that does not exist yet, and on PostgreSQL an empty database. */
const newTarget = async (name: string): Promise<Record<string, string>> => {
  const env: Record<string, string> = { VANGNET_DATA_DIR: path.join(work, name) };
  if (testDbKind() === 'postgres') env.DATABASE_URL = await emptyPostgres();

  return env;
};

const openTargetDatabase = (env: Record<string, string>) => (env.DATABASE_URL ? openPostgres(env.DATABASE_URL, { max: 3 }) : openPglite({ dataDir: env.VANGNET_DATA_DIR! }));

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'vangnet-backup-'));
  backupFile = path.join(work, 'vangnet.backup');
  passFile = path.join(work, 'passphrase');
  writeFileSync(passFile, `${PASSPHRASE}\n`, { mode: 0o600 });
  const dataDir = path.join(work, 'bron');
  let database: Database;
  if (testDbKind() === 'postgres') {
    const t = await openTestDatabase();
    database = t.database;
    drops.push(t.drop);
    sourceEnv = { VANGNET_DATA_DIR: dataDir, DATABASE_URL: t.url! };
  } else {
    database = await openPglite({ dataDir });
    sourceEnv = { VANGNET_DATA_DIR: dataDir };
  }
  const site = await openSite(sourceEnv, database);
  const inv = await signedInAs(site.ctx, site.staffApp, ['intake', 'investigator']);
  staffUser = inv;
  ids.report = (await insertTestReport(site.ctx, { whatHappened: MARKER })).id;
  ids.dossier = await createDossierVia(inv.client, { title: ids.title });
  const item = await addEvidenceFile(site.ctx, { actor: { id: inv.user.id, name: inv.user.name }, bytes: EVIDENCE, title: 'Chatverslag (test)', sourceDescription: 'Aangeleverd door moeder (test)', dossierId: ids.dossier });
  ids.evidence = item.id;
  const page = await inv.client.get(`/meldingen/${ids.report}`);
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain('station Zwolle');
  await site.close();
  const checkpoint = await runCli(sourceEnv, 'audit-checkpoint');
  expect(checkpoint.code, checkpoint.out).toBe(0);
}, 240_000);

afterAll(async () => {
  for (const drop of drops) await drop().catch(() => {});
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`vangnet backup and restore (${testDbKind()})`, () => {
  it('writes an encrypted backup: no passphrase or marker in it, refuses a second write to the same name', { timeout: 180_000 }, async () => {
    const res = await runCli(sourceEnv, 'backup', backupFile, '--passphrase-file', passFile);
    expect(res.code, res.out).toBe(0);
    expect(res.out).toContain('Back-up gemaakt');
    expect(res.out).toContain('Backup made');
    const bytes = readFileSync(backupFile);
    expect(bytes.includes(Buffer.from('station Zwolle'))).toBe(false);
    expect(bytes.includes(Buffer.from(PASSPHRASE))).toBe(false);
    expect(bytes.includes(Buffer.from('fictief chatverslag'))).toBe(false);
    const again = await runCli(sourceEnv, 'backup', backupFile, '--passphrase-file', passFile);
    expect(again.code).toBe(1);
    expect(again.out).toContain('bestaat al');
    const short = path.join(work, 'kort');
    writeFileSync(short, 'kort\n');
    const weak = await runCli(sourceEnv, 'backup', path.join(work, 'other.backup'), '--passphrase-file', short);
    expect(weak.code).toBe(1);
    expect(weak.out).toContain('te kort');
    const none = await runCli(sourceEnv, 'backup', path.join(work, 'other.backup'));
    expect(none.code).toBe(1);
    expect(none.out).toContain('--passphrase-file');
    expect((await runCli(sourceEnv, 'backup')).code).toBe(2);
  });

  it('refuses a flipped byte, a cut file and the wrong passphrase, in Dutch, and the target stays as it was', { timeout: 240_000 }, async () => {
    const original = readFileSync(backupFile);
    const flipped = Buffer.from(original);
    const at = Math.floor(original.length * 0.6);
    flipped[at] = (flipped[at] ?? 0) ^ 0x40;
    writeFileSync(path.join(work, 'flipped.backup'), flipped);
    writeFileSync(path.join(work, 'cut.backup'), original.subarray(0, Math.floor(original.length * 0.7)));
    const wrongPass = path.join(work, 'wrong-passphrase');
    writeFileSync(wrongPass, 'een andere fictieve wachtwoordzin\n');
    const cases = [
      { file: 'flipped.backup', pass: passFile, says: 'De back-up is beschadigd' },
      { file: 'cut.backup', pass: passFile, says: 'De back-up is niet compleet' },
      { file: 'vangnet.backup', pass: wrongPass, says: 'De wachtwoordzin klopt niet' },
    ];
    const targets = await Promise.all(cases.map((_, i) => newTarget(`fout-${i}`)));
    const results = await Promise.all(cases.map((c, i) => runCli(targets[i]!, 'restore', path.join(work, c.file), '--passphrase-file', c.pass)));
    for (const [i, c] of cases.entries()) {
      const res = results[i]!;
      expect(res.code, res.out).toBe(1);
      expect(res.out).toContain('Herstel geweigerd. Er is niets veranderd.');
      expect(res.out).toContain(c.says);
      expect(res.out).toContain('Restore refused');
      expect(existsSync(targets[i]!.VANGNET_DATA_DIR!)).toBe(false);
      if (targets[i]!.DATABASE_URL) expect(await tableCount(targets[i]!.DATABASE_URL!)).toBe(0);
    }
  });

  it('refuses a target that is not empty and leaves it alone', { timeout: 120_000 }, async () => {
    const target = await newTarget('niet-leeg');
    mkdirSync(target.VANGNET_DATA_DIR!);
    writeFileSync(path.join(target.VANGNET_DATA_DIR!, 'iets.txt'), 'van iemand anders');
    const res = await runCli(target, 'restore', backupFile, '--passphrase-file', passFile);
    expect(res.code, res.out).toBe(1);
    expect(res.out).toContain('Het doel is niet leeg');
    expect(readdirSync(target.VANGNET_DATA_DIR!)).toEqual(['iets.txt']);
    // A backup of one kind of database does not go into the other.
    const other: Record<string, string> = testDbKind() === 'postgres' ? { VANGNET_DATA_DIR: path.join(work, 'andere-soort') } : { VANGNET_DATA_DIR: path.join(work, 'andere-soort'), DATABASE_URL: await emptyPostgres() };
    const mismatch = await runCli(other, 'restore', backupFile, '--passphrase-file', passFile);
    expect(mismatch.code, mismatch.out).toBe(1);
    expect(mismatch.out).toContain('andere soort database');
    expect(existsSync(other.VANGNET_DATA_DIR!)).toBe(false);
    // Into the source itself: refused as well.
    const self = await runCli(sourceEnv, 'restore', backupFile, '--passphrase-file', passFile);
    expect(self.code).toBe(1);
    expect(self.out).toContain('Het doel is niet leeg');
  });

  it('restores into a new folder: the app starts on it, shows the report, dossier and evidence, and the audit chain verifies', { timeout: 300_000 }, async () => {
    const target = await newTarget('hersteld');
    const res = await runCli(target, 'restore', backupFile, '--passphrase-file', passFile);
    expect(res.code, res.out).toBe(0);
    expect(res.out).toContain('Back-up gecontroleerd');
    expect(res.out).toContain('Auditlog in orde');
    expect(existsSync(path.join(target.VANGNET_DATA_DIR!, 'keys', 'master.key'))).toBe(true);
    // A second restore into the now full target is refused.
    const twice = await runCli(target, 'restore', backupFile, '--passphrase-file', passFile);
    expect(twice.code).toBe(1);

    const site = await openSite(target, await openTargetDatabase(target));
    try {
      const client = await signIn(site.ctx, site.staffApp, staffUser);
      const report = await client.get(`/meldingen/${ids.report}`);
      expect(report.statusCode).toBe(200);
      expect(report.body).toContain('station Zwolle');
      const dossier = await client.get(`/dossiers/${ids.dossier}`);
      expect(dossier.statusCode).toBe(200);
      expect(dossier.body).toContain(ids.title);
      const opened = await client.post(`/bewijs/${ids.evidence}/openen`, { part: 'original', reason: 'Controle na herstel (test)' });
      expect(opened.statusCode).toBe(200);
      expect(opened.rawPayload.equals(EVIDENCE)).toBe(true);
    } finally {
      await site.close();
    }
    const verify = await runCli(target, 'verify-audit');
    expect(verify.out).toContain('Audit log OK');
    expect(verify.code, verify.out).toBe(0);
  });

  it.runIf(testDbKind() === 'pglite')('embedded: refuses while the app runs on the folder (its postmaster.pid is there)', { timeout: 120_000 }, async () => {
    const copy = path.join(work, 'in-gebruik');
    cpSync(sourceEnv.VANGNET_DATA_DIR!, copy, { recursive: true });
    writeFileSync(path.join(copy, 'pglite', 'postmaster.pid'), '-42\n');
    const res = await runCli({ VANGNET_DATA_DIR: copy }, 'backup', path.join(work, 'in-gebruik.backup'), '--passphrase-file', passFile);
    expect(res.code, res.out).toBe(1);
    expect(res.out).toContain('is in gebruik. Stop Vangnet eerst');
    expect(existsSync(path.join(work, 'in-gebruik.backup'))).toBe(false);
    expect(existsSync(path.join(work, 'in-gebruik.backup.part'))).toBe(false);
  });

  it.runIf(testDbKind() === 'postgres')(
    'PostgreSQL: a backup taken while the app adds evidence and writes checkpoints restores with every file its rows name, and the audit chain verifies',
    { timeout: 300_000 },
    async () => {
      const t = await openTestDatabase();
      drops.push(t.drop);
      const env = { VANGNET_DATA_DIR: path.join(work, 'druk'), DATABASE_URL: t.url! };
      const site = await openSite(env, t.database);
      const inv = await signedInAs(site.ctx, site.staffApp, ['investigator']);
      const keys = loadAuditKeys(site.ctx.config.auditKeyFile, { create: false })!;
      const file = path.join(work, 'druk.backup');
      let added = 0;
      let busy = true;
      const writer = (async () => {
        while (busy) {
          await addEvidenceFile(site.ctx, { actor: { id: inv.user.id, name: inv.user.name }, bytes: randomBytes(20_000), title: `Bewijs ${added} (test)`, sourceDescription: 'Test' });
          added += 1;
          if (added % 3 === 0) await writeCheckpoint(site.ctx.db, { dataDir: site.ctx.config.dataDir, keys, now: new Date() });
        }
      })();
      const backup = await runCli(env, 'backup', file, '--passphrase-file', passFile);
      const addedDuring = added;
      busy = false;
      await writer;
      await site.close();
      expect(backup.code, backup.out).toBe(0);
      expect(addedDuring).toBeGreaterThan(0);

      const target = await newTarget('druk-hersteld');
      const res = await runCli(target, 'restore', file, '--passphrase-file', passFile);
      expect(res.code, res.out).toBe(0);
      expect(res.out).toContain('Auditlog in orde');
      const c = new pg.Client({ connectionString: target.DATABASE_URL });
      await c.connect();
      const { rows } = await c.query<{ key: string }>('SELECT storage_key AS key FROM evidence_items WHERE storage_key IS NOT NULL');
      await c.end();
      expect(rows.length).toBeGreaterThan(0);
      const missing = rows.filter((r) => !existsSync(path.join(target.VANGNET_DATA_DIR!, 'evidence', r.key)));
      expect(missing).toEqual([]);
    },
  );

  it('--check-only checks a backup and writes nothing', { timeout: 120_000 }, async () => {
    const target = await newTarget('alleen-controle');
    const res = await runCli(target, 'restore', backupFile, '--passphrase-file', passFile, '--check-only');
    expect(res.code, res.out).toBe(0);
    expect(res.out).toContain('Back-up gecontroleerd');
    expect(existsSync(target.VANGNET_DATA_DIR!)).toBe(false);
  });
});

