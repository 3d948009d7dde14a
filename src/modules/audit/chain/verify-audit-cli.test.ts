import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/support/app.ts';
import { type Database, openPglite } from '../../../db/client.ts';
import { runMigrations } from '../../../db/migrate.ts';
import { testClock } from '../../../../test/support/clock.ts';
import type { AppContext } from '../../../app/context.ts';
import { installAuditKeys, loadAuditKeys } from '../keys/audit-keys.ts';
import { cutAuditChain } from '../log-retention/cut-audit-chain.ts';
import { appendAuditEvent, recordAuditEvent } from './record-audit-event.ts';

// The events the app writes at start carry the real time (the audit log's own clock), so these years
// move with the real year: the start events stay older than the cut whatever the calendar says.
const YEARS_ON = Math.max(0, new Date().getUTCFullYear() - 2026);
const inYears = (iso: string): Date => {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + YEARS_ON);
  return d;
};

/**
 * `vangnet verify-audit` as an operator runs it: a separate process on the same database. On PGlite
 * that is a data folder (one process at a time, so the test closes its own handle first); on
 * PostgreSQL the test's own database.
 */
type Target = { open: () => Promise<Database>; env: Record<string, string>; cleanup: () => Promise<void> };

const ROOT = path.resolve(import.meta.dirname, '../../../..');
let target: Target;
let database: Database | undefined;

const prepare = async (): Promise<Target> => {
  if (process.env.VANGNET_TEST_DB === 'postgres') {
    const { database: db, url, drop } = await openTestDatabase();
    const keysDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-verify-'));
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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-verify-'));
  const first = await openPglite({ dataDir });
  await runMigrations(first);
  await first.close();

  return {
    open: () => openPglite({ dataDir }),
    env: { VANGNET_DATA_DIR: dataDir },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
};

/** Opens the database in this process, runs `work`, and on PGlite closes it again for the child. */
const withDb = async (work: (db: Database) => Promise<void>) => {
  database ??= await target.open();
  await work(database);
  if (database.kind === 'pglite') {
    await database.close();
    database = undefined;
  }
};

const runCli = (command = 'verify-audit'): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...target.env };
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', command], { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, out: `${stdout}${stderr}` });
    });
  });

beforeAll(async () => {
  target = await prepare();
});
afterAll(async () => {
  if (database?.kind === 'pglite') await database.close();
  await target?.cleanup();
});

describe('vangnet verify-audit', () => {
  it('exits 0 on an intact chain', async () => {
    await withDb(async ({ db }) => {
      for (let i = 0; i < 12; i += 1) {
        await recordAuditEvent(db, { actor: { userId: null, label: 'beheer@vangnet.test' }, action: 'test.cli', details: { i } });
      }
    });
    const res = await runCli();
    expect(res.out).toContain('Audit log OK: 12 events');
    expect(res.code).toBe(0);
  });

  it('exits 1 and names the event that was changed', async () => {
    await withDb(async ({ db }) => {
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
      await db.execute(sql`UPDATE audit_events SET details = '{"i": 0, "changed": true}'::jsonb WHERE seq = 7`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    });
    const res = await runCli();
    expect(res.out).toContain('Audit log BROKEN at event #7');
    expect(res.code).toBe(1);
  });

  it('audit-checkpoint writes a signed checkpoint; a deleted newest row is then reported as missing', async () => {
    await withDb(async ({ db }) => {
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
      await db.execute(sql`UPDATE audit_events SET details = '{"i": 6}'::jsonb WHERE seq = 7`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    });
    const written = await runCli('audit-checkpoint');
    expect(written.out).toContain('Checkpoint written: 12 events');
    expect(written.code).toBe(0);
    const ok = await runCli();
    expect(ok.out).toContain('All 12 events of the checkpoint of');
    expect(ok.code).toBe(0);
    await withDb(async ({ db }) => {
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
      await db.execute(sql`DELETE FROM audit_events WHERE seq = 12`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    });
    const cut = await runCli();
    expect(cut.out).toContain('Audit log BROKEN: 1 events missing since the checkpoint of');
    expect(cut.code).toBe(1);
  });

  it('accepts a chain cut by retention behind a signed cut, and still names a change after it (issue 19)', async () => {
    // The key file the child made above; this process appends keyed events and cuts with it.
    const keyFile = path.join(target.env.VANGNET_DATA_DIR ?? '', 'keys', 'audit.key');
    installAuditKeys(loadAuditKeys(keyFile, { create: false }));
    const clock = testClock(inYears('2036-03-10T10:00:00Z').toISOString());
    await withDb(async ({ db }) => {
      for (let i = 0; i < 10; i += 1) {
        await appendAuditEvent(db, { actor: { userId: null, label: 'beheer@vangnet.test' }, action: 'test.cli.recent', details: { i } }, inYears('2036-02-01T09:00:00Z'));
      }
      // Event 12 went above (seq 12 is free again): the cut takes the 11 old events, from the start.
      const done = await db.transaction((tx) => cutAuditChain({ db: tx, clock } as unknown as AppContext, { expiredBefore: inYears('2030-01-01T00:00:00Z'), limit: 100, dryRun: false }));
      expect(done.count).toBe(11);
    });
    expect((await runCli('audit-checkpoint')).code).toBe(0);
    const ok = await runCli();
    expect(ok.out).toContain('The chain starts after event #11');
    expect(ok.code).toBe(0);
    await withDb(async ({ db }) => {
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
      await db.execute(sql`UPDATE audit_events SET details = '{"i": 99}'::jsonb WHERE seq = 15`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    });
    const broken = await runCli();
    expect(broken.out).toContain('Audit log BROKEN at event #15');
    expect(broken.code).toBe(1);
    installAuditKeys(null);
  });
});
