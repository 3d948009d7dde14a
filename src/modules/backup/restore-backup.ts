import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error.ts';
import { type EntrySink, readBackup } from './container.ts';
import { targetPath } from './data-files.ts';
import { dumpLoader, emptyTargetDatabase, targetObjects } from './database-dump.ts';
import { checkAgainstManifest, MANIFEST_NAME, type Manifest, parseManifest } from './manifest.ts';
import type { BackupConfig } from './write-backup.ts';

export type RestoreSummary = { manifest: Manifest; files: number; verifyMs: number; restoreMs: number };

/** Reads the whole backup and checks it against its manifest; writes nothing anywhere. */
const readAndCheck = async (file: string, passphrase: string): Promise<{ manifest: Manifest; bytes: Buffer }> => {
  const { digests, manifest: bytes } = await readBackup(file, passphrase, { manifestName: MANIFEST_NAME });
  const manifest = parseManifest(bytes);
  checkAgainstManifest(manifest, digests);

  return { manifest, bytes };
};

export const verifyBackup = async (file: string, passphrase: string): Promise<Manifest> => (await readAndCheck(file, passphrase)).manifest;

/** The restore goes only into an empty data folder, absent key files and (PostgreSQL) an empty database. */
const checkTargetEmpty = async (config: BackupConfig) => {
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) throw new BackupError('targetNotEmpty', config.dataDir);
  for (const f of [config.masterKeyFile, config.auditKeyFile]) if (existsSync(f)) throw new BackupError('targetNotEmpty', f);
  if (config.databaseUrl) {
    let objects: number;
    try {
      objects = await targetObjects(config.databaseUrl);
    } catch (err) {
      throw new BackupError('loadFailed', (err as Error).message);
    }
    if (objects > 0) throw new BackupError('targetNotEmpty', `DATABASE_URL (${objects})`);
  }
};

const fileSink = (file: string, mode: number, written: string[]): EntrySink => {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'wx', 0o600);
  written.push(file);

  return {
    write: (part) => {
      writeSync(fd, part);
    },
    end: () => {
      closeSync(fd);
      chmodSync(file, mode);
    },
  };
};

/**
 * `vangnet restore`: first the whole backup is read and checked (every chunk authenticated, every
 * entry against the manifest) without writing anything; only then, and only into an empty target,
 * is it written out — and checked again on the way, since the file could change in between. When
 * anything fails, what was written is removed: the target is empty again.
 */
export const restoreBackup = async (config: BackupConfig, options: { file: string; passphrase: string }): Promise<RestoreSummary> => {
  const t0 = performance.now();
  await checkTargetEmpty(config);
  const { manifest, bytes } = await readAndCheck(options.file, options.passphrase);
  const verifyMs = performance.now() - t0;
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.database.kind !== kind) throw new BackupError('kindMismatch', manifest.database.kind);

  const t1 = performance.now();
  const dataDirExisted = existsSync(config.dataDir);
  const written: string[] = [];
  let loaded = false;
  let files = 0;
  const modes = new Map(manifest.entries.map((e) => [e.name, e.mode]));
  try {
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    const { digests, manifest: again } = await readBackup(options.file, options.passphrase, {
      manifestName: MANIFEST_NAME,
      onEntry: (name) => {
        const mode = modes.get(name);
        if (mode === undefined) throw new BackupError('manifest', name);
        if (name === manifest.database.entry) {
          const loader = dumpLoader(config);
          return {
            write: loader.write,
            end: async () => {
              await loader.end();
              loaded = true;
            },
          };
        }
        if (name === 'key/master') return fileSink(config.masterKeyFile, 0o600, written);
        if (name === 'key/audit') return fileSink(config.auditKeyFile, 0o600, written);
        if (name.startsWith('data/')) {
          files += 1;
          return fileSink(targetPath(config.dataDir, name.slice('data/'.length)), mode, written);
        }
        throw new BackupError('manifest', name);
      },
    });
    // The file could have changed since the first reading: the second must be the same backup.
    if (!again.equals(bytes)) throw new BackupError('manifest', MANIFEST_NAME);
    checkAgainstManifest(manifest, digests);
  } catch (err) {
    for (const f of written) rmSync(f, { force: true });
    if (dataDirExisted) for (const name of readdirSync(config.dataDir)) rmSync(path.join(config.dataDir, name), { recursive: true, force: true });
    else rmSync(config.dataDir, { recursive: true, force: true });
    // pg_restore runs in one transaction, so only a database that was loaded needs emptying.
    if (loaded && config.databaseUrl) await emptyTargetDatabase(config.databaseUrl).catch(() => {});
    throw err;
  }

  return { manifest, files, verifyMs, restoreMs: performance.now() - t1 };
};
