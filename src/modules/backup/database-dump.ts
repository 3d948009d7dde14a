import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { BackupError } from './backup-error.ts';
import { countUserObjects, dropUserSchemas, type Query, selectAuditHead } from './queries.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export const dumpEntryName = (kind: DatabaseKind) => (kind === 'pglite' ? 'database/pglite.tar.gz' : 'database/postgres.dump');

/** A consistent view of the database, held open while the files are copied. */
export type Snapshot = {
  kind: DatabaseKind;
  audit: { count: number; headHash: string | null };
  dump: () => AsyncIterable<Buffer>;
  close: () => Promise<void>;
};

/** libpq takes the password from the environment, so it never shows in the process list. */
const connection = (url: string): { dbname: string; env: Record<string, string> } => {
  const u = new URL(url);
  const env: Record<string, string> = {};
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = '';

  return { dbname: u.toString(), env };
};

const firstLine = (s: string) => s.trim().split('\n')[0]?.slice(0, 300) ?? '';

/**
 * PostgreSQL: a REPEATABLE READ, READ ONLY transaction exports its snapshot, pg_dump dumps exactly
 * that snapshot (--snapshot), and the transaction stays open until the files are copied. Rows written
 * meanwhile are not in the dump; files are write-once, so every file a dumped row names exists.
 */
const postgresSnapshot = async (url: string): Promise<Snapshot> => {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    throw new BackupError('dumpFailed', (err as Error).message);
  }
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
  const snapshotId = rows[0]!.id;
  const audit = await selectAuditHead((text) => client.query(text));

  return {
    kind: 'postgres',
    audit,
    dump: async function* () {
      const { dbname, env } = connection(url);
      const child = spawn('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshotId}`, `--dbname=${dbname}`], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString('utf8');
      });
      const exit = new Promise<number>((resolve) => {
        child.on('error', (err) => {
          stderr += err.message;
          resolve(-1);
        });
        child.on('close', (code) => resolve(code ?? -1));
      });
      for await (const part of child.stdout) yield part as Buffer;
      if ((await exit) !== 0) throw new BackupError('dumpFailed', firstLine(stderr) || 'pg_dump');
    },
    close: async () => {
      await client.query('COMMIT').catch(() => {});
      await client.end();
    },
  };
};

/**
 * Embedded: PGlite is one process at a time, so the app must be stopped; its postmaster.pid is there
 * while it runs. The dump is PGlite's own copy of its data folder (dumpDataDir), consistent because
 * no one else writes.
 */
const pgliteSnapshot = async (dataDir: string): Promise<Snapshot> => {
  const dir = path.join(dataDir, 'pglite');
  if (!existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError('noDatabase', dataDir);
  if (existsSync(path.join(dir, 'postmaster.pid'))) throw new BackupError('inUse', dataDir);
  const instance = await PGlite.create(dir);
  try {
    const audit = await selectAuditHead((text) => instance.query(text) as Promise<{ rows: Record<string, unknown>[] }>);
    const blob = await instance.dumpDataDir('gzip');
    const bytes = Buffer.from(await blob.arrayBuffer());

    return {
      kind: 'pglite',
      audit,
      dump: async function* () {
        yield bytes;
      },
      close: async () => {},
    };
  } finally {
    await instance.close();
  }
};

export const openSnapshot = (config: { databaseUrl?: string; dataDir: string }): Promise<Snapshot> =>
  config.databaseUrl ? postgresSnapshot(config.databaseUrl) : pgliteSnapshot(config.dataDir);

const withClient = async <T>(url: string, work: (query: Query) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work((text) => client.query(text));
  } finally {
    await client.end();
  }
};

/** The number of objects in the target database (0: empty, a restore may go in). */
export const targetObjects = (url: string) => withClient(url, countUserObjects);

export const emptyTargetDatabase = (url: string) => withClient(url, dropUserSchemas);

/** Where the restored dump goes, fed part by part. */
export type DumpLoader = { write: (part: Buffer) => Promise<void>; end: () => Promise<void> };

/** pg_restore in one transaction: when it fails, the target database is as empty as before. */
const postgresLoader = (url: string): DumpLoader => {
  const { dbname, env } = connection(url);
  const child = spawn('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  const exit = new Promise<number>((resolve) => {
    child.on('error', (err) => {
      stderr += err.message;
      resolve(-1);
    });
    child.on('close', (code) => resolve(code ?? -1));
  });
  // A pg_restore that gave up closes its stdin; the exit code tells why.
  child.stdin.on('error', () => {});

  return {
    write: async (part) => {
      if (!child.stdin.write(part)) await new Promise<void>((resolve) => child.stdin.once('drain', resolve).once('close', resolve));
    },
    end: async () => {
      child.stdin.end();
      if ((await exit) !== 0) throw new BackupError('loadFailed', firstLine(stderr) || 'pg_restore');
    },
  };
};

const pgliteLoader = (dataDir: string): DumpLoader => {
  const parts: Buffer[] = [];

  return {
    write: async (part) => {
      parts.push(part);
    },
    end: async () => {
      try {
        const instance = await PGlite.create(path.join(dataDir, 'pglite'), { loadDataDir: new Blob([Buffer.concat(parts)] as unknown as BlobPart[]) });
        await instance.query('SELECT 1');
        await instance.close();
      } catch (err) {
        throw new BackupError('loadFailed', (err as Error).message);
      }
    },
  };
};

export const dumpLoader = (config: { databaseUrl?: string; dataDir: string }): DumpLoader =>
  config.databaseUrl ? postgresLoader(config.databaseUrl) : pgliteLoader(config.dataDir);
