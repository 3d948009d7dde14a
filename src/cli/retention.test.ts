import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/app.ts';
import { type Database, openPglite } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';

/**
 * `vangnet retention --dry-run | --run` as an operator runs it, in its own process on the same
 * database, and the same process killed with SIGKILL in the middle of a run: every batch is whole or
 * not there, nothing is deleted twice, and the deletion records add up to what went.
 */
type Target = { open: () => Promise<Database>; env: Record<string, string>; cleanup: () => Promise<void> };

const ROOT = path.resolve(import.meta.dirname, '../..');
const DRAFTS = 6000;
let target: Target;
let database: Database | undefined;

const prepare = async (): Promise<Target> => {
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-retention-'));
  if (process.env.VANGNET_TEST_DB === 'postgres') {
    const { database: db, url, drop } = await openTestDatabase();
    return {
      open: async () => db,
      env: { DATABASE_URL: url ?? '', VANGNET_DATA_DIR: keysDir },
      cleanup: async () => {
        await db.close();
        await drop();
        rmSync(keysDir, { recursive: true, force: true });
      },
    };
  }
  const first = await openPglite({ dataDir: keysDir });
  await runMigrations(first);
  await first.close();

  return { open: () => openPglite({ dataDir: keysDir }), env: { VANGNET_DATA_DIR: keysDir }, cleanup: async () => rmSync(keysDir, { recursive: true, force: true }) };
};

/** Opens the database in this process, runs `work`, and on PGlite closes it again for the child. */
const withDb = async <T>(work: (db: Database) => Promise<T>): Promise<T> => {
  database ??= await target.open();
  const out = await work(database);
  if (database.kind === 'pglite') {
    await database.close();
    database = undefined;
  }
  return out;
};

const childEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...target.env });

const runCli = (...args: string[]): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'retention', ...args], { cwd: ROOT, env: childEnv(), timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, out: `${stdout}${stderr}` });
    });
  });

/** Drafts from long ago: each is a batch member of the draft rule (two days). */
const plantDrafts = (db: Database, n: number) =>
  db.db.execute(sql`INSERT INTO report_drafts (id, data_enc, created_at, updated_at, expires_at)
    SELECT 'kill-' || g, 'fictief', timestamptz '2020-01-01', timestamptz '2020-01-01', timestamptz '2020-01-02' FROM generate_series(1, ${n}) g`);

const counts = (db: Database) =>
  db.db.execute(sql`SELECT (SELECT count(*) FROM report_drafts WHERE id LIKE 'kill-%')::int AS left,
    (SELECT coalesce(sum(count), 0) FROM retention_batches WHERE rule_key = 'intake.draft')::int AS recorded,
    (SELECT count(*) FROM retention_batches WHERE rule_key = 'intake.draft')::int AS batches,
    (SELECT count(*) FROM audit_events WHERE action = 'retention.batch' AND target_id = 'intake.draft')::int AS events`) as Promise<{ rows: { left: number; recorded: number; batches: number; events: number }[] }>;

beforeAll(async () => {
  target = await prepare();
});
afterAll(async () => {
  if (database?.kind === 'pglite') await database.close();
  await target?.cleanup();
});

describe('vangnet retention', () => {
  it('refuses anything but --dry-run or --run', async () => {
    const res = await runCli();
    expect(res.code).toBe(2);
    expect(res.out).toContain('vangnet retention --dry-run | --run');
  });

  it('--dry-run shows what would go and deletes nothing', async () => {
    await withDb((db) => plantDrafts(db, DRAFTS));
    const res = await runCli('--dry-run');
    expect(res.out).toMatch(/intake\.draft\s+6000\s+would delete/);
    expect(res.code).toBe(0);
    const [c] = (await withDb(counts)).rows;
    expect(c).toMatchObject({ left: DRAFTS, recorded: 0 });
  });

  it('killed with SIGKILL in the middle of a run, then run again: the records add up and nothing is left', { timeout: 180_000 }, async () => {
    // Other rules run first; kill the process once some draft batches have committed.
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'retention', '--run'], { cwd: ROOT, env: childEnv(), stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let seen = 0;
    if (target.env.DATABASE_URL) {
      // PostgreSQL: watch the deletion records from here while the child works.
      const db = await target.open();
      const start = Date.now();
      while (seen === 0 && Date.now() - start < 60_000) {
        seen = (await counts(db)).rows[0]?.batches ?? 0;
        if (seen === 0) await new Promise((r) => setTimeout(r, 20));
      }
    } else {
      // PGlite is one process at a time: give the child time to get going, then kill it blind.
      await new Promise((r) => setTimeout(r, 9_000));
    }
    child.kill('SIGKILL');
    await exited;
    const [mid] = (await withDb(counts)).rows;
    // Whatever the moment of the kill: what went is exactly what the records say, batch by batch.
    expect(mid!.left + mid!.recorded).toBe(DRAFTS);
    expect(mid!.events).toBe(mid!.batches);
    // On PostgreSQL the kill came after the first batch and before the last: a real interruption.
    if (target.env.DATABASE_URL) expect(mid!.left).toBeLessThan(DRAFTS);
    if (target.env.DATABASE_URL) expect(mid!.left).toBeGreaterThan(0);

    const res = await runCli('--run');
    expect(res.code, res.out).toBe(0);
    const [end] = (await withDb(counts)).rows;
    expect(end).toMatchObject({ left: 0, recorded: DRAFTS });
    expect(end!.events).toBe(end!.batches);
    const verify = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify-audit'], { cwd: ROOT, env: childEnv(), timeout: 60_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, out: `${stdout}${stderr}` }),
      );
    });
    expect(verify.out).toContain('Audit log OK');
    expect(verify.code).toBe(0);
  });
});
