import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error.ts';
import { createBackupWriter } from './container.ts';
import { listDataFiles } from './data-files.ts';
import { dumpEntryName, openSnapshot } from './database-dump.ts';
import { MANIFEST_NAME, type Manifest, type ManifestEntry } from './manifest.ts';
import { MIN_PASSPHRASE } from './passphrase.ts';

export type BackupConfig = { databaseUrl?: string; dataDir: string; masterKeyFile: string; auditKeyFile: string };

export type BackupSummary = { file: string; bytes: number; files: number; kind: Manifest['database']['kind']; auditEvents: number; ms: number };

/**
 * A file listed but gone when read was removed after the snapshot, which may still name it: the
 * backup would restore a row without its file, so it stops and says so rather than skip it.
 */
const readStoredFile = (abs: string, rel: string): Buffer => {
  try {
    return readFileSync(abs);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError('fileVanished', rel);
    throw err;
  }
};

const inside = (dir: string, file: string) => {
  const rel = path.relative(dir, file);

  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * `vangnet backup`: the database (a consistent snapshot), the key files and every stored file of the
 * data folder, in one encrypted file with a manifest of SHA-256 hashes. Written as `<file>.part` and
 * renamed when complete, so a backup that stopped halfway never looks like one. Changes nothing in
 * the installation.
 */
export const writeBackup = async (config: BackupConfig, options: { file: string; passphrase: string; now: Date }): Promise<BackupSummary> => {
  const started = performance.now();
  const file = path.resolve(options.file);
  if ([...options.passphrase].length < MIN_PASSPHRASE) throw new BackupError('passphraseShort');
  if (inside(config.dataDir, file)) throw new BackupError('insideDataDir');
  const part = `${file}.part`;
  if (existsSync(file)) throw new BackupError('exists', file);
  if (existsSync(part)) throw new BackupError('exists', part);
  const keyFiles = [
    { name: 'key/master', file: config.masterKeyFile },
    { name: 'key/audit', file: config.auditKeyFile },
  ].filter((k) => existsSync(k.file));
  const isKeyFile = (abs: string) => keyFiles.some((k) => path.resolve(k.file) === abs);
  // Checkpoints before the snapshot: each counts no more events than the dumped chain holds, so the
  // restored chain passes verify-audit. One written after the snapshot would count events it lacks.
  const checkpoints = listDataFiles(config.dataDir, { under: 'audit-checkpoints' }).map((f) => ({ ...f, bytes: readFileSync(f.abs) }));
  const keys = keyFiles.map((k) => ({ ...k, bytes: readFileSync(k.file) }));

  const snapshot = await openSnapshot(config);
  let writer: Awaited<ReturnType<typeof createBackupWriter>> | null = null;
  try {
    writer = await createBackupWriter(part, options.passphrase);
    const w = writer;
    const entries: ManifestEntry[] = [];
    const add = async (name: string, body: Buffer | AsyncIterable<Buffer>, mode: number) => entries.push({ ...(await w.entry(name, body)), mode });
    for (const k of keys) await add(k.name, k.bytes, 0o600);
    for (const c of checkpoints) await add(`data/${c.rel}`, c.bytes, c.mode);
    const dbEntry = dumpEntryName(snapshot.kind);
    await add(dbEntry, snapshot.dump(), 0o600);
    // The files while the snapshot is still held (see database-dump.ts).
    const files = listDataFiles(config.dataDir, { skip: (abs) => isKeyFile(abs) || abs === path.join(config.dataDir, 'audit-checkpoints') });
    for (const f of files) await add(`data/${f.rel}`, readStoredFile(f.abs, f.rel), f.mode);
    await snapshot.close();
    const manifest: Manifest = { format: 1, createdAt: options.now.toISOString(), database: { kind: snapshot.kind, entry: dbEntry }, audit: snapshot.audit, entries };
    const bytes = await w.finish(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 1), 'utf8'));
    renameSync(part, file);

    return { file, bytes, files: files.length + checkpoints.length, kind: snapshot.kind, auditEvents: snapshot.audit.count, ms: performance.now() - started };
  } catch (err) {
    await snapshot.close().catch(() => {});
    await writer?.abort();
    rmSync(part, { force: true });
    throw err;
  }
};
