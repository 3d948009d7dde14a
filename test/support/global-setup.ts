import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { TestProject } from 'vitest/node';
import { type Database, openPglite, openPostgres } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { randomBytes } from 'node:crypto';
import { testDbKind, testServerUrl, withDatabase } from './db-urls.ts';

/**
 * The job queue's own tables (pg-boss installs them at its first start, src/modules/jobs/jobs.ts uses
 * the schema `pgboss`), so the files with jobs on do not each install them again. A fresh install is
 * still tested: `vangnet start` in src/modules/jobs/start-stop.test.ts starts on an empty folder.
 */
const installJobTables = (database: Database) => database.executor.executeSql(PgBoss.getConstructionPlans('pgboss'));

/**
 * Migrates once for the whole run. PGlite: a migrated data folder is dumped to a tarball that every
 * test file loads (0.5 s instead of 4 s). PostgreSQL: a migrated template database that every test
 * file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  if (testDbKind() === 'pglite') {
    const instance = await PGlite.create();
    const database = await openPglite({ instance });
    await runMigrations(database);
    await installJobTables(database);
    const dump = await instance.dumpDataDir('gzip');
    await instance.close();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-test-'));
    const file = path.join(dir, 'migrated.tar.gz');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteDump', file);
    project.provide('pgTemplate', '');
    return () => rmSync(dir, { recursive: true, force: true });
  }
  // A template of its own per run, so two runs on one server (two developers, or CI beside a
  // developer) never drop each other's template halfway.
  const template = `vangnet_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const database = await openPostgres(withDatabase(testServerUrl(), template), { max: 1 });
  await runMigrations(database);
  await installJobTables(database);
  await database.close();
  project.provide('pgliteDump', '');
  project.provide('pgTemplate', template);

  return async () => {
    const c = new pg.Client({ connectionString: testServerUrl() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await c.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string;
  }
}
