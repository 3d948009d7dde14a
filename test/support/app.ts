import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/app/config.ts';
import type { Clock } from '../../src/app/clock.ts';
import type { AppContext } from '../../src/app/context.ts';
import { buildPublicServer } from '../../src/app/public-server.ts';
import { createContext } from '../../src/app/start.ts';
import { buildStaffServer } from '../../src/app/staff-server.ts';
import { type Database, openPglite, openPostgres } from '../../src/db/client.ts';
import { testDbKind, testServerUrl, withDatabase } from './db-urls.ts';

// One audit key per loaded test file (not per pid: a later run or the other database's run may get the
// same pid and find a stale key, which skips the first checkpoint that a new key writes).
const AUDIT_KEY_FILE = path.join(os.tmpdir(), `vangnet-audit-${process.pid}-${Math.random().toString(36).slice(2)}.key`);

export type TestApp = {
  ctx: AppContext;
  publicApp: FastifyInstance;
  staffApp: FastifyInstance;
  config: Config;
  /** Everything all loggers wrote, as text (for the "no IP in logs" tests). */
  logs: () => string;
  /** The PostgreSQL URL of this file's database, or undefined on PGlite. */
  databaseUrl?: string;
  close: () => Promise<void>;
};

/** A fresh, migrated database of the kind this run tests (PGlite or PostgreSQL). */
export const openTestDatabase = async (): Promise<{ database: Database; url?: string; drop: () => Promise<void> }> => {
  if (testDbKind() === 'pglite') {
    const dump = readFileSync(inject('pgliteDump'));
    const instance = await PGlite.create({ loadDataDir: new Blob([dump]) });
    const database = await openPglite({ instance });
    return { database, drop: async () => {} };
  }
  const name = `vangnet_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  await admin.end();
  const url = withDatabase(testServerUrl(), name);
  const database = await openPostgres(url, { max: 5 });
  const drop = async () => {
    const c = new pg.Client({ connectionString: testServerUrl() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };

  return { database, url, drop };
};

/**
 * The real app (both surfaces, real database, real plugins) for HTTP-level tests through
 * Fastify's inject(). Jobs are off unless asked for.
 */
export const createTestApp = async (options: { jobs?: boolean; env?: Record<string, string>; clock?: Clock } = {}): Promise<TestApp> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-app-'));
  const config: Config = {
    // One audit key per test process, like one per installation: every app of a file signs alike.
    ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'info', VANGNET_AUDIT_KEY_FILE: AUDIT_KEY_FILE, ...options.env }),
    jobs: options.jobs ?? false,
  };
  const { database, url, drop } = await openTestDatabase();
  const chunks: string[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const ctx = await createContext(config, { database, logStream, clock: options.clock });
  const publicApp = await buildPublicServer(ctx);
  const staffApp = await buildStaffServer(ctx);
  await publicApp.ready();
  await staffApp.ready();

  return {
    ctx,
    publicApp,
    staffApp,
    config,
    databaseUrl: url,
    logs: () => chunks.join(''),
    close: async () => {
      await publicApp.close();
      await staffApp.close();
      if (ctx.jobs) await ctx.jobs.stop();
      await database.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
