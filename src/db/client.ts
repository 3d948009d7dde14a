import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** What pg-boss needs to run its SQL through our connection (its "bring your own db" option). */
export type SqlExecutor = {
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
};

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL with parameters; used by pg-boss and a few maintenance commands. */
  executor: SqlExecutor;
  close: () => Promise<void>;
  /** Only in embedded mode: the PGlite instance (tests dump and load it). */
  pglite?: PGlite;
};

/** Embedded PostgreSQL (PGlite) in a folder, or an existing PGlite instance (tests). */
export const openPglite = async (options: { dataDir?: string; instance?: PGlite }): Promise<Database> => {
  let client = options.instance;
  if (!client) {
    if (!options.dataDir) throw new Error('openPglite needs a dataDir or an instance');
    const dir = path.join(options.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir);
  }
  const instance = client;
  const db = drizzlePglite(instance, { schema }) as unknown as Db;
  const executor: SqlExecutor = {
    executeSql: async (text, values) => {
      // pg-boss sends multi-statement blocks without parameters; PGlite runs those through exec().
      if (values && values.length > 0) return instance.query(text, values) as Promise<{ rows: Record<string, unknown>[] }>;
      // Inside PGlite's own transaction: if a `BEGIN; …; COMMIT;` block fails halfway, PGlite rolls it
      // back before the next caller gets the connection. A bare exec() would leave the one shared
      // connection in an aborted transaction, and every later query of the whole app would fail.
      // (When the block commits itself, PGlite's closing COMMIT is a harmless no-op.)
      return instance.transaction(async (tx) => (await tx.exec(text)).at(-1) ?? { rows: [] });
    },
  };

  return { kind: 'pglite', db, executor, pglite: instance, close: () => instance.close() };
};

/** A PostgreSQL server through DATABASE_URL. */
export const openPostgres = async (url: string, options: { max?: number } = {}): Promise<Database> => {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  const executor: SqlExecutor = {
    executeSql: async (text, values) => {
      const result = await pool.query(text, values);
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
  };

  return { kind: 'postgres', db, executor, close: () => pool.end() };
};

export const openDatabase = (config: { databaseUrl?: string; dataDir: string }): Promise<Database> =>
  config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite({ dataDir: config.dataDir });
