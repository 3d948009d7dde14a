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
  /**
   * LISTEN on a channel: `onNotify` gets each NOTIFY payload, also those sent by other processes on
   * the same database. It gets `null` after a lost listening connection was made again (anything
   * sent meanwhile was missed). Ends with close().
   */
  listen: (channel: string, onNotify: (payload: string | null) => void) => Promise<void>;
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

  const listen = async (channel: string, onNotify: (payload: string | null) => void) => {
    await instance.listen(channelName(channel), (payload) => onNotify(payload));
  };

  return { kind: 'pglite', db, executor, pglite: instance, listen, close: () => instance.close() };
};

const channelName = (channel: string): string => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`bad channel name: ${channel}`);
  return channel;
};

/**
 * One connection of its own for LISTEN (a pooled one would be handed to other queries). When it is
 * lost it is made again after a second, the channels are listened to again and every listener gets
 * `null`, so a cache can forget what it may have missed.
 */
const notificationListener = (url: string) => {
  const listeners = new Map<string, ((payload: string | null) => void)[]>();
  let client: pg.Client | null = null;
  let closed = false;
  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (m) => {
      for (const f of listeners.get(m.channel) ?? []) f(m.payload ?? '');
    });
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    await c.connect();
    for (const channel of listeners.keys()) await c.query(`LISTEN ${channel}`);
    return c;
  };
  const lost = (c: pg.Client) => {
    if (client !== c || closed) return;
    client = null;
    const retry = () => {
      if (closed) return;
      connect().then(
        (fresh) => {
          if (closed) return void fresh.end();
          client = fresh;
          for (const fs of listeners.values()) for (const f of fs) f(null);
        },
        () => setTimeout(retry, 1000).unref(),
      );
    };
    setTimeout(retry, 1000).unref();
  };

  return {
    listen: async (channel: string, onNotify: (payload: string | null) => void) => {
      const name = channelName(channel);
      const first = !listeners.has(name);
      listeners.set(name, [...(listeners.get(name) ?? []), onNotify]);
      if (!client) client = await connect();
      else if (first) await client.query(`LISTEN ${name}`);
    },
    close: async () => {
      closed = true;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
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

  const listener = notificationListener(url);

  return {
    kind: 'postgres',
    db,
    executor,
    listen: listener.listen,
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
};

export const openDatabase = (config: { databaseUrl?: string; dataDir: string }): Promise<Database> =>
  config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite({ dataDir: config.dataDir });
